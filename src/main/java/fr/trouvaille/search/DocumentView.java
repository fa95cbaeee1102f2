package fr.trouvaille.search;

import fr.trouvaille.corpus.DocumentFormat;

/**
 * A whole document, for reading.
 *
 * @param text the plain text (extracted, for a PDF, Word… file)
 * @param highlighted the text escaped as HTML with every match of the query in {@code <mark>}, or
 *     null when no query was given
 * @param format the format of the original file ({@code txt}, {@code pdf}, {@code html}…)
 */
public record DocumentView(String id, String title, String date, String text, String highlighted, String format) {

  /** The view of a document whose format is that of its id's extension, as the corpus reads it. */
  public DocumentView(String id, String title, String date, String text, String highlighted) {
    this(id, title, date, text, highlighted, DocumentFormat.of(id).orElse(DocumentFormat.TXT).label());
  }
}
