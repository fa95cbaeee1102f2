package fr.trouvaille.search;

import fr.trouvaille.corpus.DocumentFormat;
import java.util.List;

/**
 * A whole document, for reading.
 *
 * @param text the plain text (extracted, for a PDF, Word… file)
 * @param highlighted the text escaped as HTML with every match of the query in {@code <mark>}, or
 *     null when no query was given
 * @param format the format of the original file ({@code txt}, {@code pdf}, {@code html}…)
 * @param matches why the document matches the query, word by word ({@link WordMatch}); empty without a query
 */
public record DocumentView(String id, String title, String date, String text, String highlighted, String format,
    List<WordMatch> matches) {

  public DocumentView {
    matches = List.copyOf(matches);
  }

  /** A document not explained, whose format is that of its id's extension, as the corpus reads it. */
  public DocumentView(String id, String title, String date, String text, String highlighted) {
    this(id, title, date, text, highlighted, formatOf(id), List.of());
  }

  /** A document not explained. */
  public DocumentView(String id, String title, String date, String text, String highlighted, String format) {
    this(id, title, date, text, highlighted, format, List.of());
  }

  /** An explained document whose format is that of its id's extension. */
  public DocumentView(String id, String title, String date, String text, String highlighted, List<WordMatch> matches) {
    this(id, title, date, text, highlighted, formatOf(id), matches);
  }

  private static String formatOf(String id) {
    return DocumentFormat.of(id).orElse(DocumentFormat.TXT).label();
  }
}
