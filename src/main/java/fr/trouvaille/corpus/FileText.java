package fr.trouvaille.corpus;

import java.time.YearMonth;

/**
 * The text extracted from a document file, with what the file itself says of its title and date.
 *
 * @param text the text, paragraphs separated by a blank line
 * @param title the file's own title (HTML {@code <title>}, document properties), or null
 * @param date the month of the file's own date ({@code <meta>} date, creation date), or null
 */
public record FileText(String text, String title, YearMonth date) {}
