package fr.trouvaille.bench;

import java.util.List;

/**
 * How a benchmark was run.
 *
 * @param seconds length of each measured phase
 * @param warmupSeconds length of the untimed warm-ups
 * @param levels the concurrency levels, in clients
 * @param pacedFraction the paced phase's rate, as a fraction of the back-to-back throughput
 * @param serverJvmArgs options given to the server's JVM
 * @param waitQuietSeconds how long each corpus may wait for the machine to be quiet before it starts
 * @param acceptGzip whether the load generator's clients accept gzip answers, as browsers do
 * @param explainPairs rounds with and without explanations, of each, that measure their cost
 *     ({@link ExplanationCost}); 0: not measured
 * @param indexingRounds runs of each indexing (ours and the reference's, in turn); the median counts
 */
public record BenchSettings(
    double seconds, double warmupSeconds, List<Integer> levels, double pacedFraction,
    List<String> serverJvmArgs, double waitQuietSeconds, boolean acceptGzip, List<BenchQuery> queries,
    int explainPairs, int indexingRounds) {

  public BenchSettings {
    levels = List.copyOf(levels);
    serverJvmArgs = List.copyOf(serverJvmArgs);
    queries = List.copyOf(queries);
    // A report written before the setting existed measured three runs of each.
    indexingRounds = indexingRounds > 0 ? indexingRounds : IndexingBench.ROUNDS;
  }

  /** Settings that do not measure the explanations' cost. */
  public BenchSettings(double seconds, double warmupSeconds, List<Integer> levels, double pacedFraction,
      List<String> serverJvmArgs, double waitQuietSeconds, boolean acceptGzip, List<BenchQuery> queries) {
    this(seconds, warmupSeconds, levels, pacedFraction, serverJvmArgs, waitQuietSeconds, acceptGzip, queries, 0, 0);
  }
}
