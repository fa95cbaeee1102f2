package fr.trouvaille.cli;

import static fr.trouvaille.Fixtures.smallCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The --solr options, without a cluster: what the user sees when the nodes cannot be reached or the layout is wrong. */
class SolrOptionsTest {

  @TempDir Path corpus;

  @Test
  void unreachable_nodes_are_a_one_line_error_naming_them() {
    smallCorpus(corpus);
    MainTest.Run run = MainTest.run("reindex", "--corpus", corpus.toString(),
        "--solr", "http://127.0.0.1:1/solr,http://127.0.0.1:2/solr", "--collection", "x");
    assertEquals(Main.FAILED, run.code());
    assertTrue(run.err().startsWith("Error: Solr node http://127.0.0.1:"), run.err());
    assertTrue(run.err().contains("did not answer"), run.err());
    assertFalse(run.err().contains("\tat "), "no stack trace");
  }

  @Test
  void shards_and_replicas_must_be_positive() {
    MainTest.Run run = MainTest.run("reindex", "--corpus", corpus.toString(), "--solr", "http://127.0.0.1:1/solr", "--shards", "0");
    assertEquals(2, run.code(), run.err());
    assertTrue(run.err().contains("--shards and --replicas must be at least 1"), run.err());
  }
}
