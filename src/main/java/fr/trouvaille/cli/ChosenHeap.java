package fr.trouvaille.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A reindex runs in a JVM whose heap we choose, as Elasticsearch's launcher chooses its node's: the
 * default JVM lets the heap grow to a quarter of the machine (4.4 GB resident for a million files)
 * though the work needs a fraction of it. When the user set no heap size, {@code main} starts the
 * same command again in a child JVM with {@link #HEAP}, passes its output and exit code through, and
 * stops it when it is stopped. Any heap option from the user (or {@link #VARIABLE}{@code =0}) keeps
 * the command in its own JVM.
 */
final class ChosenHeap {

  /** The reindex's heap: its live objects at a million files (the scan, the 64 MB buffer, merges) stay well under it. */
  static final String HEAP = "-Xmx1g";
  /** Set in the child, so that it does not start another. */
  static final String CHILD_PROPERTY = "trouvaille.heapChosen";
  /** {@code TROUVAILLE_CHOOSE_HEAP=0}: run in this JVM whatever its heap. */
  static final String VARIABLE = "TROUVAILLE_CHOOSE_HEAP";

  private static final List<String> HEAP_OPTIONS = List.of(
      "-Xmx", "-XX:MaxHeapSize", "-XX:MaxRAM", "-XX:MaxRAMPercentage", "-XX:MaxRAMFraction");

  private ChosenHeap() {}

  /** Whether {@code args} are a command that runs better with a chosen heap, and none was chosen yet. */
  static boolean wanted(String[] args) {
    return args.length > 0 && args[0].equals("reindex") && !"0".equals(System.getenv(VARIABLE))
        && System.getProperty(CHILD_PROPERTY) == null && javaCommand().isPresent()
        && ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .noneMatch(arg -> HEAP_OPTIONS.stream().anyMatch(arg::startsWith));
  }

  /** Runs {@code args} in a child JVM with the chosen heap; its exit code. */
  static int run(String[] args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(javaCommand().orElseThrow());
    command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.addAll(List.of(HEAP, "-D" + CHILD_PROPERTY + "=true",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Process child = new ProcessBuilder(command).inheritIO().start();
    // Stopped (Ctrl-C, SIGTERM): the child is stopped the same way and finishes its own stop first.
    Thread stop = new Thread(() -> {
      child.destroy();
      child.onExit().join();
    }, "stop-reindex");
    Runtime.getRuntime().addShutdownHook(stop);
    int code = child.waitFor();
    Runtime.getRuntime().removeShutdownHook(stop);
    return code;
  }

  /**
   * In the child: ends at once when the parent ends without stopping it (killed with SIGKILL), as the
   * command would have ended in one JVM; the last commit stays as it was.
   */
  static void endWithParent() {
    if (System.getProperty(CHILD_PROPERTY) != null) {
      ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> Runtime.getRuntime().halt(137)));
    }
  }

  private static Optional<String> javaCommand() {
    return ProcessHandle.current().info().command();
  }
}
