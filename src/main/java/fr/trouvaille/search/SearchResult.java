package fr.trouvaille.search;

import java.util.List;

/** One page of results, with the total and the facets over every hit. */
public record SearchResult(
    String query, long total, int page, int size, long tookMs, List<Hit> hits, Facets facets) {
  public SearchResult {
    hits = List.copyOf(hits);
  }
}
