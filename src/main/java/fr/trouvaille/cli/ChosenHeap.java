package fr.trouvaille.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reindex runs in a JVM whose heap and collector we choose, as Elasticsearch's launcher chooses its
 * node's: the default JVM lets the heap grow to a quarter of the machine (4.4 GB resident for a
 * million files) though the work needs a fraction of it. Any heap option from the user keeps the
 * reindex in the JVM they started.
 */
final class ChosenHeap {

  /** The reindex's heap: its live objects at a million files (the scan, the 64 MB buffer, merges) stay well under it. */
  static final String HEAP = "-Xmx1g";

  /**
   * The throughput collector: a reindex is a batch job nobody waits on request by request, and G1's
   * barriers and concurrent work cost it CPU. Codes-90k, 3 whole runs each in turn: 40.1–41.0 s of
   * user CPU against 43.6–44.8 s with G1 (−8 %), peak resident 670–681 MB against 507–590 MB.
   */
  static final String COLLECTOR = "-XX:+UseParallelGC";

  private static final List<String> HEAP_OPTIONS = List.of(
      "-Xmx", "-XX:MaxHeapSize", "-XX:MaxRAM", "-XX:MaxRAMPercentage", "-XX:MaxRAMFraction");

  private ChosenHeap() {}

  /** The child JVM's options, or empty when {@code userOptions} already size the heap. */
  static Optional<List<String>> options(List<String> userOptions) {
    if (JvmLauncher.anyStartsWith(userOptions, HEAP_OPTIONS)) {
      return Optional.empty();
    }
    List<String> options = new ArrayList<>(List.of(HEAP));
    if (!choosesCollector(userOptions)) {
      options.add(COLLECTOR);
    }
    return Optional.of(options);
  }

  // A collector of the user's (-XX:+UseG1GC, -XX:+UseZGC…) is theirs: two would stop the JVM
  // ("conflicting collector combinations").
  private static boolean choosesCollector(List<String> userOptions) {
    for (String option : userOptions) {
      if (option.startsWith("-XX:+Use") && option.endsWith("GC")) {
        return true;
      }
    }
    return false;
  }
}
