package fr.trouvaille.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Some commands run in a child JVM started with options chosen for them, as Elasticsearch's launcher
 * starts its node: {@code reindex} with a chosen heap ({@link ChosenHeap}) and, when there is one, the
 * class-data archive made at build time ({@link ClassDataArchive}); {@code serve} with that archive.
 * The child gets the user's JVM options after ours (theirs win), and this JVM passes its output, exit
 * code and stop through. The decision comes first in {@code main}, before anything heavy is loaded:
 * this JVM only waits.
 *
 * <p>Its code runs once, interpreted, on the way to the server's first answer: it uses no lambda,
 * stream or string concatenation, whose first use makes the JVM spin classes (milliseconds each).
 */
final class JvmLauncher {

  /** Set in the child, so that it does not start another. */
  static final String CHILD_PROPERTY = "trouvaille.child";
  /** {@code TROUVAILLE_CHILD_JVM=0}: every command runs in the JVM the user started. */
  static final String VARIABLE = "TROUVAILLE_CHILD_JVM";

  private static final List<String> OPTION_VARIABLES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS");

  private JvmLauncher() {}

  /** The options of the child JVM that {@code args}'s command wants, or empty to run it in this JVM. */
  static Optional<List<String>> chosen(String[] args) {
    if (args.length == 0 || "0".equals(System.getenv(VARIABLE)) || System.getProperty(CHILD_PROPERTY) != null) {
      return Optional.empty();
    }
    if (args[0].equals("reindex")) {
      // The archive holds the classes of an index build too (ClassDataTraining): mapped parsed and
      // verified, they save a reindex about a second of CPU. It goes with the chosen heap or not at all.
      List<String> user = userOptions();
      Optional<List<String>> heap = ChosenHeap.options(user);
      Optional<ClassDataArchive> archive = heap.isPresent() ? ClassDataArchive.besideClassPath() : Optional.empty();
      if (archive.isEmpty()) {
        return heap;
      }
      List<String> options = new ArrayList<>(heap.get());
      Optional<List<String>> shared = archive.get().options(user);
      if (shared.isPresent()) {
        options.addAll(shared.get());
      }
      return Optional.of(options);
    }
    if (args[0].equals("serve")) {
      // The archive is looked for first: without one, the user's options are not even read.
      Optional<ClassDataArchive> archive = ClassDataArchive.besideClassPath();
      return archive.isPresent() ? archive.get().options(userOptions()) : Optional.empty();
    }
    return Optional.empty();
  }

  /** Whether one of {@code options} starts with one of {@code prefixes}. */
  static boolean anyStartsWith(List<String> options, List<String> prefixes) {
    for (String option : options) {
      for (String prefix : prefixes) {
        if (option.startsWith(prefix)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Runs {@code args} in a child JVM started with {@code options}; its exit code. */
  static int run(List<String> options, String[] args) throws IOException, InterruptedException {
    Process child = child(options, args).inheritIO().start();
    // Stopped (Ctrl-C, SIGTERM): the child is stopped the same way, finishes its own stop first, and
    // its exit code is ours (a served stop is 0, not the 143 of a JVM ended by a signal).
    Thread stop = new Thread("stop-child") {
      @Override
      public void run() {
        child.destroy();
        Runtime.getRuntime().halt(child.onExit().join().exitValue());
      }
    };
    Runtime.getRuntime().addShutdownHook(stop);
    int code = child.waitFor();
    try {
      Runtime.getRuntime().removeShutdownHook(stop);
    } catch (IllegalStateException stopping) {
      // The child ended because this JVM is being stopped: the hook ends it, with the child's code.
    }
    return code;
  }

  /** A child JVM that runs {@code args} with {@code options}, then the user's own JVM options. */
  static ProcessBuilder child(List<String> options, String[] args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(options);
    command.addAll(userOptions());
    command.addAll(List.of("-D" + CHILD_PROPERTY + "=true", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder child = new ProcessBuilder(command);
    // The options these variables hold are among the user's options above: read again from the
    // environment, they would count twice, and the JVM would say twice that it picked them up.
    child.environment().keySet().removeAll(OPTION_VARIABLES);
    return child;
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

  // The JVM options the user gave, from the command line and JDK_JAVA_OPTIONS or JAVA_TOOL_OPTIONS.
  private static List<String> userOptions() {
    return ManagementFactory.getRuntimeMXBean().getInputArguments();
  }
}
