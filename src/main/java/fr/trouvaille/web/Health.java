package fr.trouvaille.web;

/** The body of {@code GET /health}. */
public record Health(String status, int documents) {}
