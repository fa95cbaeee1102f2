package fr.trouvaille.cli;

import static fr.trouvaille.Fixtures.smallCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

  @TempDir Path corpus;
  @TempDir Path work;

  @Test
  void eval_prints_the_figures_of_both_systems_and_writes_the_missed_queries() throws IOException {
    smallCorpus(corpus);
    Path queries = Files.writeString(work.resolve("queries.tsv"), """
        # query\trelevant
        Tokaiev annonce le retrait\tkazakhstan/retrait.txt
        troupes à la frontière\tukraine/frontiere.txt
        Zanzibar\tkazakhstan/etat.txt
        """);
    Path missed = work.resolve("missed.md");
    MainTest.Run run = MainTest.run("eval", "--queries", queries.toString(), "--corpus", corpus.toString(),
        "--index", work.resolve("index").toString(), "--reference", "--missed", missed.toString());
    assertEquals(0, run.code(), run.err());
    // Tokaiev is written Tokaïev: the reference, without folding, still finds "retrait"; both miss Zanzibar.
    assertTrue(run.out().contains("Trouvaille                   recall@10 2/3 (66.7 %)  MRR@10 0.667"), run.out());
    assertTrue(run.out().contains("Elasticsearch french match   recall@10 2/3 (66.7 %)"), run.out());
    String report = Files.readString(missed);
    assertTrue(report.contains("| Zanzibar | kazakhstan/etat.txt | (nothing) | - |"), report);
  }

  @Test
  void eval_refuses_a_missing_queries_file_in_one_line() {
    MainTest.Run run = MainTest.run("eval", "--queries", work.resolve("none.tsv").toString(), "--corpus", corpus.toString(),
        "--index", work.resolve("index").toString());
    assertEquals(2, run.code());
    assertTrue(run.err().startsWith("--queries: no such file: "), run.err());
  }

  @Test
  void eval_refuses_a_corpus_that_is_not_a_folder_in_one_line_as_the_other_commands() throws Exception {
    Path queries = java.nio.file.Files.writeString(work.resolve("queries.tsv"), "# q\tids\ntroupes\ta.txt\n");
    MainTest.Run run = MainTest.run("eval", "--queries", queries.toString(), "--corpus", work.resolve("nowhere").toString(),
        "--index", work.resolve("index").toString());
    assertEquals(2, run.code(), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertTrue(run.err().startsWith("--corpus " + work.resolve("nowhere") + " is not a folder"), run.err());
    assertFalse(java.nio.file.Files.exists(work.resolve("index")), "nothing was built");
  }
}
