package fr.trouvaille.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * One query of the benchmark.
 *
 * @param shape what kind of query it is (one frequent word, a phrase, a prefix…), for the report
 * @param text what a user would type
 */
public record BenchQuery(String shape, String text) {

  /** The path and query string of {@code GET /api/search} for this query. */
  public String path() {
    return "/api/search?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
