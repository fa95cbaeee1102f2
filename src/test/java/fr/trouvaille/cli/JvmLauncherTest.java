package fr.trouvaille.cli;

import static fr.trouvaille.Fixtures.smallCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.Http;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Commands that run in a child JVM with options chosen for them: {@code reindex} with a chosen heap,
 * {@code serve} with the class-data archive; the user's options, a variable or a missing archive keep
 * them in the JVM the user started.
 */
class JvmLauncherTest {

  private static final Pattern SERVING = Pattern.compile("serves \\d+ documents at http://127.0.0.1:(\\d+)/");

  @TempDir Path corpus;
  @TempDir Path root;

  /** What a run showed: its exit code, its output, and the command lines of the child JVMs it started. */
  record Run(int exitCode, String output, List<String> children) {

    /** The options of the child JVMs that start with {@code prefix}. */
    List<String> childOptions(String prefix) {
      List<String> found = new ArrayList<>();
      for (String child : children) {
        for (String argument : child.split(" ")) {
          if (argument.startsWith(prefix) && !found.contains(argument)) {
            found.add(argument);
          }
        }
      }
      return found;
    }
  }

  /** {@code Main args} in a JVM started with {@code jvmOptions} and the variables {@code env}, as a user starts it. */
  private Process start(List<String> jvmOptions, Map<String, String> env, Path out, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
    builder.environment().remove(JvmLauncher.VARIABLE);
    builder.environment().remove(ServeCommand.ADMIN_TOKEN_VARIABLE);
    builder.environment().putAll(env);
    return builder.start();
  }

  // Our child JVMs: the ones marked as started by JvmLauncher. Info.arguments() is empty for another
  // JVM on Linux (its command line is longer than a page); the command line is there.
  private static void collectChildren(Process process, List<String> children) {
    process.descendants().forEach(child -> child.info().commandLine()
        .filter(line -> line.contains("-D" + JvmLauncher.CHILD_PROPERTY + "=") && !children.contains(line))
        .ifPresent(children::add));
  }

  /** Runs a command to its end. */
  private Run run(List<String> jvmOptions, Map<String, String> env, String... args) throws Exception {
    Path out = Files.createTempFile(root, "run", ".out");
    Process process = start(jvmOptions, env, out, args);
    List<String> children = new ArrayList<>();
    while (!process.waitFor(5, TimeUnit.MILLISECONDS)) {
      collectChildren(process, children);
    }
    return new Run(process.exitValue(), Files.readString(out), children);
  }

  /** Starts {@code serve} on the small corpus, searches once, stops it with SIGTERM. */
  private Run serve(List<String> jvmOptions, Map<String, String> env) throws Exception {
    smallCorpus(corpus);
    Path out = Files.createTempFile(root, "serve", ".out");
    Process process = start(jvmOptions, env, out,
        "serve", "--corpus", corpus.toString(), "--index", root.resolve("index").toString(), "--port", "0");
    try {
      Matcher serving = SERVING.matcher("");
      for (long waited = 0; !serving.reset(Files.readString(out)).find(); waited += 20) {
        assertTrue(process.isAlive() && waited < 90_000, "serving, never said: " + Files.readString(out));
        Thread.sleep(20);
      }
      List<String> children = new ArrayList<>();
      collectChildren(process, children);
      assertEquals(3, new Http(Integer.parseInt(serving.group(1))).get("/api/search?q=troupes").json().get("total").asInt());
      process.destroy(); // SIGTERM, as a service manager stops it
      assertTrue(process.waitFor(60, TimeUnit.SECONDS), "stopped");
      return new Run(process.exitValue(), Files.readString(out), children);
    } finally {
      process.destroyForcibly();
    }
  }

  /**
   * An archive the JVM cannot use here, as after a rebuild or a move: made for another class path (a
   * jar holding one of our classes, loaded as the JVM's main class; it has no main method, so the
   * JVM ends with an error, and writes the archive all the same).
   */
  private Path staleArchive() throws Exception {
    Path jar = root.resolve("other.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
         InputStream bytes = ChosenHeap.class.getResourceAsStream("ChosenHeap.class")) {
      out.putNextEntry(new JarEntry(ChosenHeap.class.getName().replace('.', '/') + ".class"));
      bytes.transferTo(out);
    }
    Path archive = root.resolve("stale.jsa");
    Process dump = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:ArchiveClassesAtExit=" + archive, "-cp", jar.toString(), ChosenHeap.class.getName())
        .redirectErrorStream(true).redirectOutput(root.resolve("dump.out").toFile()).start();
    dump.waitFor();
    assertTrue(Files.isRegularFile(archive), "the JVM wrote an archive: " + Files.readString(root.resolve("dump.out")));
    return archive;
  }

  private static String archiveOption(Path archive) {
    return "-D" + ClassDataArchive.PROPERTY + "=" + archive;
  }

  @Test
  void without_a_heap_option_the_reindex_runs_in_a_child_jvm_with_the_chosen_heap() throws Exception {
    smallCorpus(corpus);
    Run run = run(List.of(), Map.of(), "reindex", "--corpus", corpus.toString(), "--index", root.resolve("index").toString());
    assertEquals(0, run.exitCode(), run.output());
    assertTrue(run.output().contains("documents in the index"), "the child's output comes through: " + run.output());
    assertEquals(List.of(ChosenHeap.HEAP), run.childOptions("-Xmx"));
    assertEquals(List.of(ChosenHeap.COLLECTOR), run.childOptions("-XX:+UseParallelGC"));
  }

  @Test
  void with_an_archive_the_reindex_child_maps_it_unless_the_user_says_how_to_share_class_data() throws Exception {
    smallCorpus(corpus);
    Path archive = staleArchive();
    Run mapped = run(List.of(archiveOption(archive)), Map.of(),
        "reindex", "--corpus", corpus.toString(), "--index", root.resolve("index").toString());
    assertEquals(0, mapped.exitCode(), mapped.output());
    assertEquals(List.of("-XX:SharedArchiveFile=" + archive), mapped.childOptions("-XX:SharedArchiveFile"));
    assertEquals(List.of(ChosenHeap.HEAP), mapped.childOptions("-Xmx"));
    assertFalse(mapped.output().contains("[cds") || mapped.output().contains("warning"),
        "an archive that does not fit is passed over silently: " + mapped.output());

    Run own = run(List.of(archiveOption(archive), "-Xshare:off"), Map.of(),
        "reindex", "--corpus", corpus.toString(), "--index", root.resolve("own").toString());
    assertEquals(0, own.exitCode(), own.output());
    assertEquals(List.of(ChosenHeap.HEAP), own.childOptions("-Xmx"), "the heap is still chosen");
    assertEquals(List.of(), own.childOptions("-XX:SharedArchiveFile"), "the user's -Xshare:off is theirs");
  }

  @Test
  void a_heap_option_from_the_user_keeps_the_reindex_in_its_jvm() throws Exception {
    smallCorpus(corpus);
    Run run = run(List.of("-Xmx256m"), Map.of(), "reindex", "--corpus", corpus.toString(), "--index", root.resolve("index").toString());
    assertEquals(0, run.exitCode(), run.output());
    assertEquals(List.of(), run.children());
  }

  @Test
  void the_childs_exit_code_and_error_line_come_through() throws Exception {
    Run run = run(List.of(), Map.of(), "reindex", "--corpus", root.resolve("missing").toString(), "--index", root.resolve("index").toString());
    assertEquals(Main.USAGE, run.exitCode(), run.output());
    assertEquals(1, run.output().strip().lines().count(), run.output());
  }

  @Test
  void with_an_archive_serve_runs_in_a_child_jvm_that_maps_it_and_gets_the_users_options() throws Exception {
    Path archive = staleArchive();
    Run run = serve(List.of(archiveOption(archive), "-Dtrouvaille.test.mark=kept"), Map.of());
    assertEquals(1, run.children().size(), run.children().toString());
    assertEquals(List.of("-XX:SharedArchiveFile=" + archive), run.childOptions("-XX:SharedArchiveFile"));
    assertEquals(List.of("-Dtrouvaille.test.mark=kept"), run.childOptions("-Dtrouvaille.test.mark"));
    assertEquals(0, run.exitCode(), "a stop passes through, and the served stop's code with it: " + run.output());
    assertTrue(run.output().contains("Trouvaille stopped; the index is closed."), run.output());
  }

  @Test
  void options_from_the_variables_reach_the_child_once() throws Exception {
    Run run = run(List.of(), Map.of("JAVA_TOOL_OPTIONS", "-Dtrouvaille.test.mark=tool"),
        "reindex", "--corpus", root.resolve("missing").toString(), "--index", root.resolve("index").toString());
    assertEquals(1, run.children().size());
    assertEquals(1, run.children().get(0).split("-Dtrouvaille.test.mark=tool", -1).length - 1, run.children().get(0));
    assertEquals(1, run.output().lines().filter(line -> line.startsWith("Picked up JAVA_TOOL_OPTIONS")).count(),
        "the launcher picked them up; the child has them on its command line only: " + run.output());
  }

  @Test
  void an_archive_the_jvm_cannot_use_still_starts_and_prints_no_warning() throws Exception {
    Run run = serve(List.of(archiveOption(staleArchive())), Map.of());
    assertEquals(1, run.children().size());
    for (String line : run.output().lines().toList()) {
      assertFalse(line.contains("warning") || line.contains("WARN") || line.contains("ERROR") || line.contains("[cds"),
          "no warning when the archive does not fit: " + line);
    }
  }

  @Test
  void a_serve_child_passes_its_usage_error_and_exit_code_through() throws Exception {
    Run run = run(List.of(archiveOption(staleArchive())), Map.of(), "serve", "--port", "70000", "--corpus", corpus.toString());
    assertEquals(1, run.children().size(), "the error came from the child");
    assertEquals(Main.USAGE, run.exitCode(), run.output());
    assertEquals(1, run.output().strip().lines().count(), run.output());
  }

  @Test
  void no_archive_a_class_data_option_or_the_variable_keeps_serve_in_its_jvm() throws Exception {
    Path archive = staleArchive();
    String[] badPort = {"serve", "--port", "70000", "--corpus", corpus.toString()};
    Run missing = run(List.of(archiveOption(root.resolve("none.jsa"))), Map.of(), badPort);
    Run ownOption = run(List.of(archiveOption(archive), "-Xshare:auto"), Map.of(), badPort);
    Run variable = run(List.of(archiveOption(archive)), Map.of(JvmLauncher.VARIABLE, "0"), badPort);
    for (Run run : List.of(missing, ownOption, variable)) {
      assertEquals(Main.USAGE, run.exitCode(), run.output());
      assertEquals(List.of(), run.children());
    }
  }
}
