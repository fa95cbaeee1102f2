package fr.trouvaille.search;

/** A document similar to another one. */
public record RelatedDocument(String id, String title, String date, float score) {}
