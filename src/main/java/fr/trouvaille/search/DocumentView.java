package fr.trouvaille.search;

import java.util.List;

/**
 * A whole document, for reading.
 *
 * @param text the plain text
 * @param highlighted the text escaped as HTML with every match of the query in {@code <mark>}, or
 *     null when no query was given
 * @param matches why the document matches the query, word by word ({@link WordMatch}); empty without a query
 */
public record DocumentView(String id, String title, String date, String text, String highlighted,
    List<WordMatch> matches) {

  public DocumentView {
    matches = List.copyOf(matches);
  }

  /** A document not explained. */
  public DocumentView(String id, String title, String date, String text, String highlighted) {
    this(id, title, date, text, highlighted, List.of());
  }
}
