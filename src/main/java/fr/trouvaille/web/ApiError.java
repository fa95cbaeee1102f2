package fr.trouvaille.web;

/** The body of every error response: one message a person can read, in French. */
public record ApiError(String error) {}
