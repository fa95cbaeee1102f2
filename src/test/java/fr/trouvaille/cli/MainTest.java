package fr.trouvaille.cli;

import static fr.trouvaille.Fixtures.smallCorpus;
import static fr.trouvaille.Fixtures.write;
import static fr.trouvaille.Fixtures.writeBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MainTest {

  @TempDir Path corpus;
  @TempDir Path index;

  /** Exit code, standard output and standard error of one command line. */
  record Run(int code, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine(args);
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void reindex_prints_a_summary_with_skipped_files_and_their_reasons() {
    smallCorpus(corpus);
    writeBytes(corpus, "binaire.txt", new byte[] {1, 0, 2});
    Run first = run("reindex", "--corpus", corpus.toString(), "--index", index.toString());
    assertEquals(0, first.code(), first.err());
    assertTrue(first.out().startsWith("4 added, 0 updated, 0 deleted, 0 unchanged, 1 skipped; 4 documents in the index"), first.out());
    assertTrue(first.out().contains("skipped binaire.txt: binary content"), first.out());
    write(corpus, "nouveau.txt", "Un nouveau texte.");
    Run second = run("reindex", "--corpus", corpus.toString(), "--index", index.toString());
    assertTrue(second.out().startsWith("1 added, 0 updated, 0 deleted, 4 unchanged, 1 skipped; 5 documents"), second.out());
    Run full = run("reindex", "--full", "--corpus", corpus.toString(), "--index", index.toString());
    assertTrue(full.out().startsWith("5 added"), full.out());
  }

  @Test
  void reindex_reports_the_synonym_rules_and_the_lines_it_skips() {
    smallCorpus(corpus);
    write(corpus, "synonyms.txt", "# comment\nOTSC, ODKB, CSTO\na => b => c\n");
    Run run = run("reindex", "--corpus", corpus.toString(), "--index", index.toString());
    assertTrue(run.out().contains("1 synonym rules in " + corpus.resolve("synonyms.txt")), run.out());
    assertTrue(run.out().contains("  line 3: "), run.out());
    assertTrue(run.out().contains("(\"a => b => c\"); line skipped"), run.out());
  }

  @Test
  void missing_corpus_folder_is_one_line_naming_the_option_with_exit_code_2() {
    for (String command : new String[] {"reindex", "serve"}) {
      Run run = command.equals("serve")
          ? run(command, "--corpus", corpus.resolve("absent").toString(), "--index", index.toString(), "--port", "0")
          : run(command, "--corpus", corpus.resolve("absent").toString(), "--index", index.toString());
      assertOneLine(run, "--corpus " + corpus.resolve("absent") + " is not a folder: give the folder that holds your documents.");
    }
    assertFalse(java.nio.file.Files.exists(index.resolve("segments_1")), "no work done");
  }

  @Test
  void a_port_out_of_range_is_refused_before_any_work() {
    smallCorpus(corpus);
    for (String port : new String[] {"80000", "-1"}) {
      Run run = run("serve", "--port", port, "--corpus", corpus.toString(), "--index", index.toString());
      assertOneLine(run, "--port " + port + " is not a port: give a number from 1 to 65535 (0 picks any free one).");
    }
    assertFalse(java.nio.file.Files.exists(index.resolve("write.lock")), "the index was not built");
  }

  @Test
  void a_port_in_use_is_refused_before_any_work() throws Exception {
    smallCorpus(corpus);
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
      Run run = run("serve", "--port", String.valueOf(taken.getLocalPort()), "--corpus", corpus.toString(), "--index", index.toString());
      assertEquals(2, run.code(), run.err());
      assertTrue(run.err().startsWith("--port " + taken.getLocalPort() + " cannot be used on 127.0.0.1 ("), run.err());
      assertTrue(run.err().strip().endsWith("stop what listens there or give another --port."), run.err());
      assertEquals(1, run.err().strip().lines().count(), run.err());
      assertFalse(run.err().contains("Exception"), run.err());
    }
    assertFalse(java.nio.file.Files.exists(index.resolve("write.lock")), "the index was not built");
  }

  @Test
  void each_command_summary_in_help_is_a_whole_sentence() {
    Run help = run("--help");
    assertEquals(0, help.code());
    CommandLine cli = Main.commandLine("--help");
    assertEquals(4, cli.getSubcommands().size(), "the help lists every command");
    for (CommandLine sub : cli.getSubcommands().values()) {
      String summary = sub.getCommandSpec().usageMessage().description()[0];
      assertTrue(summary.endsWith("."), "a whole sentence: " + summary);
      assertTrue(help.out().replaceAll("\\s+", " ").contains(summary), "shown whole in --help: " + summary + "\n" + help.out());
    }
  }

  private static void assertOneLine(Run run, String expected) {
    assertEquals(2, run.code(), run.err());
    assertEquals(expected, run.err().strip());
    assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
  }

  @Test
  void second_reindex_says_that_one_is_running() throws Exception {
    smallCorpus(corpus);
    Fixtures.HeldReindex held = new Fixtures.HeldReindex();
    Thread first = Fixtures.startHeldReindex(corpus, index, held);
    Run second = run("reindex", "--corpus", corpus.toString(), "--index", index.toString());
    held.release();
    first.join();
    assertEquals(Main.FAILED, second.code());
    assertTrue(second.err().startsWith("Error: Another reindex is running on " + index), second.err());
    assertFalse(second.err().contains("\tat "), "no stack trace");
  }

  @Test
  void unknown_option_is_one_line_pointing_to_help() {
    Run run = run("reindex", "--nope");
    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("Unknown option: '--nope'. See"), run.err());
    assertTrue(run.err().strip().endsWith("See 'trouvaille reindex --help'."), run.err());
  }

  @Test
  void a_named_command_is_built_alone_and_a_mistyped_one_points_to_the_help_of_all() {
    assertEquals(java.util.Set.of("serve"), Main.commandLine("serve", "--port", "0").getSubcommands().keySet());
    assertEquals(4, Main.commandLine("serv", "--port", "0").getSubcommands().size());
    Run mistyped = run("serv", "--port", "0");
    assertEquals(2, mistyped.code());
    assertEquals("Unmatched arguments from index 0: 'serv', '--port', '0'. See 'trouvaille --help'.", mistyped.err().strip());
  }
}
