package fr.trouvaille.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures {@link ExplanationCost} on a warmed-up server: one client back to back, rounds with and
 * without explanations in turn (with, without; then without, with; …), so that a change of the
 * machine's load during the measurement weighs on both sides alike. Many short pairs rather than a
 * few long ones: the median of the pairs' costs leaves out the pair another process disturbed.
 */
final class ExplanationProbe {

  /** The request parameter that turns explanations off (documented in docs/api.md). */
  static final String WITHOUT = "&explain=false";

  private final LoadGenerator with;
  private final LoadGenerator without;
  private final ServerProcess server;

  ExplanationProbe(ServerProcess server, boolean gzip, List<BenchQuery> queries) {
    this.server = server;
    List<String> paths = queries.stream().map(BenchQuery::path).toList();
    this.with = new LoadGenerator(server.port(), gzip, paths);
    this.without = new LoadGenerator(server.port(), gzip, paths.stream().map(p -> p + WITHOUT).toList());
  }

  /** {@code pairs} rounds of each kind, each lasting {@code round}. */
  ExplanationCost measure(int pairs, Duration round) throws InterruptedException {
    // Untimed, each kind once: the server's compilers have not run the path without explanations yet,
    // and a first round would carry that compilation.
    without.saturate(1, round);
    with.saturate(1, round);
    long[] searches = new long[2];
    long[] cpuNanos = new long[2];
    List<Double> pairCosts = new ArrayList<>();
    for (int pair = 0; pair < pairs; pair++) {
      double[] perSearch = new double[2];
      for (int i = 0; i < 2; i++) {
        int kind = (pair + i) % 2; // 0: with explanations, 1: without
        long cpu = server.cpu().toNanos();
        LatencyStats stats = (kind == 0 ? with : without).saturate(1, round);
        long used = server.cpu().toNanos() - cpu;
        searches[kind] += stats.requests();
        cpuNanos[kind] += used;
        perSearch[kind] = stats.requests() == 0 ? Double.NaN : used / (double) stats.requests();
      }
      pairCosts.add(perSearch[0] / perSearch[1] - 1);
    }
    return new ExplanationCost(pairs, searches[0], searches[1], millisPer(cpuNanos[0], searches[0]),
        millisPer(cpuNanos[1], searches[1]), pairCosts);
  }

  private static double millisPer(long nanos, long searches) {
    return searches == 0 ? Double.NaN : nanos / 1e6 / searches;
  }
}
