package fr.trouvaille.search;

import java.util.List;

/**
 * Facets over all the hits of a search.
 *
 * @param date the months, in calendar order, counted without the date filter
 * @param folder the top-level folders, the most hits first, counted without the folder filter
 */
public record Facets(List<FacetValue> date, List<FacetValue> folder) {
  public Facets {
    date = List.copyOf(date);
    folder = List.copyOf(folder);
  }

  /** Months only. */
  public Facets(List<FacetValue> date) {
    this(date, List.of());
  }
}
