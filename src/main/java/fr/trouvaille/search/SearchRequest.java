package fr.trouvaille.search;

import java.time.YearMonth;
import java.util.Objects;

/**
 * A search as the user asked it.
 *
 * @param query the words typed, parsed leniently
 * @param page 1-based page number
 * @param size hits per page
 * @param from first month included, or null
 * @param to last month included, or null
 * @param folder the top-level folder the hits must be in, or null
 * @param explain each hit says why it matched ({@link Hit#matches}); false leaves {@code matches}
 *     empty and spares its cost (the bench measures that cost by asking both ways)
 */
public record SearchRequest(String query, int page, int size, YearMonth from, YearMonth to, String folder,
    boolean explain) {
  public SearchRequest {
    Objects.requireNonNull(query, "query");
    if (page < 1 || size < 1) {
      throw new IllegalArgumentException("page and size start at 1");
    }
  }

  /** A search whose hits are explained. */
  public SearchRequest(String query, int page, int size, YearMonth from, YearMonth to, String folder) {
    this(query, page, size, from, to, folder, true);
  }

  /** A search in every folder. */
  public SearchRequest(String query, int page, int size, YearMonth from, YearMonth to) {
    this(query, page, size, from, to, null);
  }

  /** The first page of ten hits, no date filter. */
  public static SearchRequest of(String query) {
    return new SearchRequest(query, 1, 10, null, null);
  }
}
