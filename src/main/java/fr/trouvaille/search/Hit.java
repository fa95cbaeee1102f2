package fr.trouvaille.search;

/**
 * One matching document.
 *
 * @param date {@code YYYY-MM}, or null
 * @param snippet HTML: the text escaped, matches in {@code <mark>}
 */
public record Hit(String id, String title, String date, float score, String snippet) {}
