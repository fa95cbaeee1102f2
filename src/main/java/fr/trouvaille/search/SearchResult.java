package fr.trouvaille.search;

import java.util.List;

/**
 * One page of results, with the total and the facets over every hit.
 *
 * @param totalExact false when there are more than {@code total} hits, {@link #COUNTED_EXACTLY}: without
 *     a date facet to count for, a search stops counting there and skips the documents that cannot
 *     reach the page (as Lucene's own top-hits search and Elasticsearch's {@code track_total_hits} do)
 * @param relaxed null when every word was required, else how the query was loosened because it
 *     found nothing: {@code "or"} (any of the words) or {@code "fuzzy"} (close spellings)
 * @param didYouMean the query with its unknown words replaced by close indexed words, or null
 * @param partial the search ran out of its time budget: total, hits and facets cover only part of
 *     the index (see {@link SearchLimits})
 * @param ignored the words of the query no document holds in any form, as typed: dropped from the
 *     search (see {@link QueryReading})
 * @param allWords every hit holds every word searched; false when a long query lets documents miss
 *     some ({@link SearchRules#requiredWords}) or the query was loosened
 */
public record SearchResult(
    String query, long total, boolean totalExact, int page, int size, long tookMs, List<Hit> hits, Facets facets,
    String relaxed, String didYouMean, boolean partial, List<String> ignored, boolean allWords) {

  /** Hits counted one by one at least, when counting them all is not needed anyway. */
  public static final int COUNTED_EXACTLY = 1_000;

  public SearchResult {
    hits = List.copyOf(hits);
    ignored = List.copyOf(ignored);
  }

  /** A complete result, with an exact total, every word kept. */
  public SearchResult(
      String query, long total, int page, int size, long tookMs, List<Hit> hits, Facets facets,
      String relaxed, String didYouMean) {
    this(query, total, true, page, size, tookMs, hits, facets, relaxed, didYouMean, false, List.of(), relaxed == null);
  }

  /** This result, marked partial or not. */
  public SearchResult withPartial(boolean isPartial) {
    return new SearchResult(query, total, totalExact, page, size, tookMs, hits, facets, relaxed, didYouMean, isPartial,
        ignored, allWords);
  }
}
