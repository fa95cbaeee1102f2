package fr.trouvaille.search;

import java.util.List;

/**
 * One page of results, with the total and the facets over every hit.
 *
 * @param relaxed null when every word was required, else how the query was loosened because it
 *     found nothing: {@code "or"} (any of the words) or {@code "fuzzy"} (close spellings)
 * @param didYouMean the query with its unknown words replaced by close indexed words, or null
 * @param partial the search ran out of its time budget: total, hits and facets cover only part of
 *     the index (see {@link SearchLimits})
 */
public record SearchResult(
    String query, long total, int page, int size, long tookMs, List<Hit> hits, Facets facets,
    String relaxed, String didYouMean, boolean partial) {
  public SearchResult {
    hits = List.copyOf(hits);
  }

  /** A complete result. */
  public SearchResult(
      String query, long total, int page, int size, long tookMs, List<Hit> hits, Facets facets,
      String relaxed, String didYouMean) {
    this(query, total, page, size, tookMs, hits, facets, relaxed, didYouMean, false);
  }

  /** This result, marked partial or not. */
  public SearchResult withPartial(boolean isPartial) {
    return new SearchResult(query, total, page, size, tookMs, hits, facets, relaxed, didYouMean, isPartial);
  }
}
