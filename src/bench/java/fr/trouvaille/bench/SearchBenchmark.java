package fr.trouvaille.bench;

import fr.trouvaille.search.SearchEngine;
import fr.trouvaille.search.SearchRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Measures a search engine through its interface, so both backends are measured the same way: one
 * search at a time for latency, then several threads at once for throughput.
 */
public final class SearchBenchmark {

  /** What was measured. */
  public record Figures(int searches, double p50Millis, double p95Millis, double p99Millis, double meanMillis,
      int threads, double queriesPerSecond) {}

  private final List<String> queries;
  private final int rounds;
  private final int threads;
  private final Duration loadTime;

  /**
   * @param rounds times each query is timed alone (after one untimed round to warm caches and JIT)
   * @param threads concurrent searchers for the throughput run
   * @param loadTime how long the throughput run lasts
   */
  public SearchBenchmark(List<String> queries, int rounds, int threads, Duration loadTime) {
    this.queries = List.copyOf(queries);
    this.rounds = rounds;
    this.threads = threads;
    this.loadTime = loadTime;
  }

  /** Concurrent searchers of the throughput run. */
  public int threads() {
    return threads;
  }

  public Figures run(SearchEngine engine) throws InterruptedException {
    queries.forEach(q -> engine.search(SearchRequest.of(q)));
    long[] nanos = new long[queries.size() * rounds];
    int n = 0;
    for (int round = 0; round < rounds; round++) {
      for (String query : queries) {
        long start = System.nanoTime();
        engine.search(SearchRequest.of(query));
        nanos[n++] = System.nanoTime() - start;
      }
    }
    Arrays.sort(nanos);
    double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
    return new Figures(nanos.length, percentile(nanos, 50), percentile(nanos, 95), percentile(nanos, 99), mean,
        threads, throughput(engine));
  }

  private double throughput(SearchEngine engine) throws InterruptedException {
    AtomicLong done = new AtomicLong();
    long end = System.nanoTime() + loadTime.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        workers.add(pool.submit(() -> {
          for (int i = offset; System.nanoTime() < end; i++) {
            engine.search(SearchRequest.of(queries.get(i % queries.size())));
            done.incrementAndGet();
          }
        }));
      }
      for (Future<?> worker : workers) {
        worker.get();
      }
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException("a search failed under load", e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return done.get() / (loadTime.toNanos() / 1e9);
  }

  private static double percentile(long[] sorted, int percent) {
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
  }
}
