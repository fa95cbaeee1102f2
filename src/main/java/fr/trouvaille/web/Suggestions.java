package fr.trouvaille.web;

import java.util.List;

/** The body of {@code GET /api/suggest}: completions of the last word of {@code query}. */
public record Suggestions(String query, List<String> suggestions) {}
