package fr.trouvaille.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.search.DocumentView;
import fr.trouvaille.search.Facets;
import fr.trouvaille.search.RelatedDocument;
import fr.trouvaille.search.SearchEngine;
import fr.trouvaille.search.SearchRequest;
import fr.trouvaille.search.SearchResult;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SearchBenchmarkTest {

  /** An engine that takes a known time per search and counts them. */
  private static final class SlowEngine implements SearchEngine {
    final AtomicInteger searches = new AtomicInteger();
    final long millis;

    SlowEngine(long millis) {
      this.millis = millis;
    }

    @Override
    public SearchResult search(SearchRequest request) {
      searches.incrementAndGet();
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (request.query().equals("boom")) {
        throw new IllegalStateException("boom");
      }
      return new SearchResult(request.query(), 0, 1, 10, millis, List.of(), new Facets(List.of()), null, null);
    }

    @Override
    public Optional<DocumentView> document(String id, String query) {
      return Optional.empty();
    }

    @Override
    public Optional<List<RelatedDocument>> related(String id, int max) {
      return Optional.empty();
    }

    @Override
    public List<String> complete(String prefix, int max) {
      return List.of();
    }

    @Override
    public int documentCount() {
      return 0;
    }
  }

  @Test
  void times_each_query_alone_then_counts_searches_under_load() throws InterruptedException {
    SlowEngine engine = new SlowEngine(5);
    SearchBenchmark.Figures figures = new SearchBenchmark(List.of("a", "b"), 3, 2, Duration.ofMillis(500)).run(engine);
    assertEquals(6, figures.searches(), "3 timed rounds of 2 queries");
    assertTrue(figures.p50Millis() >= 5 && figures.p50Millis() <= figures.p99Millis(), figures.toString());
    // Two threads of 5 ms searches for half a second: at most 200 searches a second.
    assertTrue(figures.queriesPerSecond() > 0 && figures.queriesPerSecond() <= 2 * 1000.0 / 5, figures.toString());
    assertEquals(2 + 6 + Math.round(figures.queriesPerSecond() * 0.5), engine.searches.get(), 2.0);
  }

  @Test
  void a_failing_search_fails_the_benchmark() {
    SearchBenchmark benchmark = new SearchBenchmark(List.of("a", "boom"), 1, 1, Duration.ofMillis(100));
    assertThrows(IllegalStateException.class, () -> benchmark.run(new SlowEngine(0)) );
  }
}
