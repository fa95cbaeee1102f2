package fr.trouvaille.search;

/** A facet value and how many hits have it. */
public record FacetValue(String value, long count) {}
