package fr.trouvaille.search;

/**
 * A whole document, for reading.
 *
 * @param text the plain text
 * @param highlighted the text escaped as HTML with every match of the query in {@code <mark>}, or
 *     null when no query was given
 */
public record DocumentView(String id, String title, String date, String text, String highlighted) {}
