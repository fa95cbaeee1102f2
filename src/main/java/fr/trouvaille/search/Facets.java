package fr.trouvaille.search;

import java.util.List;

/** Facets over all the hits of a search: the months, in calendar order. */
public record Facets(List<FacetValue> date) {
  public Facets {
    date = List.copyOf(date);
  }
}
