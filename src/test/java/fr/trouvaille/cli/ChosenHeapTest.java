package fr.trouvaille.cli;

import static fr.trouvaille.Fixtures.smallCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code reindex} chooses its heap: a child JVM when the user set none, the same JVM when they did. */
class ChosenHeapTest {

  @TempDir Path corpus;
  @TempDir Path root;

  /** What a run showed: its exit code, its output, and the heap options of the JVMs it started. */
  record Run(int exitCode, String output, List<String> childHeaps) {}

  private Run run(List<String> jvmOptions, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(root, "run", ".out");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.toFile());
    builder.environment().remove(ChosenHeap.VARIABLE);
    Process process = builder.start();
    List<String> heaps = new ArrayList<>();
    // Info.arguments() is empty for another JVM on Linux; the command line is there.
    while (!process.waitFor(5, TimeUnit.MILLISECONDS)) {
      // Our child JVMs: the ones marked as started by ChosenHeap.
      process.descendants().forEach(child -> child.info().commandLine()
          .filter(line -> line.contains("-D" + ChosenHeap.CHILD_PROPERTY + "=")).ifPresent(line -> {
            for (String argument : line.split(" ")) {
              if (argument.startsWith("-Xmx") && !heaps.contains(argument)) {
                heaps.add(argument);
              }
            }
          }));
    }
    return new Run(process.exitValue(), Files.readString(out), heaps);
  }

  @Test
  void without_a_heap_option_the_reindex_runs_in_a_child_jvm_with_the_chosen_heap() throws Exception {
    smallCorpus(corpus);
    Run run = run(List.of(), "reindex", "--corpus", corpus.toString(), "--index", root.resolve("index").toString());
    assertEquals(0, run.exitCode(), run.output());
    assertTrue(run.output().contains("documents in the index"), "the child's output comes through: " + run.output());
    assertEquals(List.of(ChosenHeap.HEAP), run.childHeaps());
  }

  @Test
  void a_heap_option_from_the_user_keeps_the_reindex_in_its_jvm() throws Exception {
    smallCorpus(corpus);
    Run run = run(List.of("-Xmx256m"), "reindex", "--corpus", corpus.toString(), "--index", root.resolve("index").toString());
    assertEquals(0, run.exitCode(), run.output());
    assertEquals(List.of(), run.childHeaps());
  }

  @Test
  void the_childs_exit_code_and_error_line_come_through() throws Exception {
    Run run = run(List.of(), "reindex", "--corpus", root.resolve("missing").toString(), "--index", root.resolve("index").toString());
    assertEquals(Main.USAGE, run.exitCode(), run.output());
    assertEquals(1, run.output().strip().lines().count(), run.output());
  }
}
