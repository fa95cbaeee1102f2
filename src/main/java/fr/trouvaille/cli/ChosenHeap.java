package fr.trouvaille.cli;

import java.util.List;
import java.util.Optional;

/**
 * A reindex runs in a JVM whose heap we choose, as Elasticsearch's launcher chooses its node's: the
 * default JVM lets the heap grow to a quarter of the machine (4.4 GB resident for a million files)
 * though the work needs a fraction of it. Any heap option from the user keeps the reindex in the JVM
 * they started.
 */
final class ChosenHeap {

  /** The reindex's heap: its live objects at a million files (the scan, the 64 MB buffer, merges) stay well under it. */
  static final String HEAP = "-Xmx1g";

  private static final List<String> HEAP_OPTIONS = List.of(
      "-Xmx", "-XX:MaxHeapSize", "-XX:MaxRAM", "-XX:MaxRAMPercentage", "-XX:MaxRAMFraction");

  private ChosenHeap() {}

  /** The child JVM's options, or empty when {@code userOptions} already size the heap. */
  static Optional<List<String>> options(List<String> userOptions) {
    return JvmLauncher.anyStartsWith(userOptions, HEAP_OPTIONS) ? Optional.empty() : Optional.of(List.of(HEAP));
  }
}
