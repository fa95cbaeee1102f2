package fr.trouvaille.corpus;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One corpus document as read from its file, before any Lucene concern.
 *
 * @param id the file's path relative to the corpus folder, with {@code /} separators
 * @param title the {@code title} header or Markdown heading, else the first sentence of the text, shortened
 * @param date the month of the {@code date} header, or null when the file has none
 * @param text the body, without its headers
 * @param titleGiven the author gave the title (header, heading); false when it was taken from the
 *     text, which then searches it as text, not as a title
 */
public record SourceDocument(String id, String title, YearMonth date, String text, boolean titleGiven) {
  public SourceDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
  }

  /** A document whose author gave the title. */
  public SourceDocument(String id, String title, YearMonth date, String text) {
    this(id, title, date, text, true);
  }
}
