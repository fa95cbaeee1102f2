package fr.trouvaille.corpus;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One corpus document as read from its file, before any Lucene concern.
 *
 * @param id the file's path relative to the corpus folder, with {@code /} separators
 * @param title the {@code title} header, or the first sentence of the text, shortened
 * @param date the month of the {@code date} header, or null when the file has none
 * @param text the body, without its headers
 */
public record SourceDocument(String id, String title, YearMonth date, String text) {
  public SourceDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
  }
}
