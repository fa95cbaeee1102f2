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
    CommandLine cli = Main.commandLine();
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
  void missing_corpus_folder_is_a_one_line_error() {
    Run run = run("reindex", "--corpus", corpus.resolve("absent").toString(), "--index", index.toString());
    assertEquals(Main.FAILED, run.code());
    assertTrue(run.err().startsWith("Error: not found: "), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace");
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
  void unknown_option_prints_usage() {
    Run run = run("reindex", "--nope");
    assertEquals(2, run.code());
    assertTrue(run.err().contains("Unknown option: '--nope'"), run.err());
  }
}
