package fr.trouvaille.cli;

import static fr.trouvaille.Fixtures.smallCorpus;
import static fr.trouvaille.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.index.LuceneCorpusIndex;
import fr.trouvaille.index.OtherCorpusException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index remembers the folder it was built from: another folder deletes nothing without --full. */
class CorpusFolderTest {

  @TempDir Path corpus;
  @TempDir Path other;
  @TempDir Path index;

  @Test
  void a_reindex_from_another_folder_stops_and_deletes_nothing_unless_full() throws IOException {
    smallCorpus(corpus);
    write(other, "seul.txt", "Un seul document.");
    assertEquals(0, MainTest.run("reindex", "--corpus", corpus.toString(), "--index", index.toString()).code());
    MainTest.Run wrong = MainTest.run("reindex", "--corpus", other.toString(), "--index", index.toString());
    assertEquals(2, wrong.code(), wrong.out());
    assertEquals("Error: The index in " + index + " was built from " + corpus.toRealPath() + ", not from "
        + other.toRealPath() + "; nothing was changed. Give --corpus " + corpus.toRealPath()
        + ", or run reindex --full to rebuild it from " + other + ".", wrong.err().strip());
    assertEquals(4, new LuceneCorpusIndex(index).documentCount(), "nothing deleted");
    MainTest.Run full = MainTest.run("reindex", "--full", "--corpus", other.toString(), "--index", index.toString());
    assertEquals(0, full.code(), full.err());
    assertTrue(full.out().startsWith("1 added"), full.out());
    assertEquals(0, MainTest.run("reindex", "--corpus", other.toString(), "--index", index.toString()).code());
  }

  @Test
  void reindex_says_nothing_of_synonyms_without_a_file_and_names_an_index_that_is_a_file() throws IOException {
    smallCorpus(corpus);
    MainTest.Run run = MainTest.run("reindex", "--corpus", corpus.toString(), "--index", index.toString());
    assertFalse(run.out().contains("synonym"), run.out());
    Path file = write(other, "index.txt", "pas un dossier");
    MainTest.Run onFile = MainTest.run("reindex", "--corpus", corpus.toString(), "--index", file.toString());
    assertEquals(1, onFile.code());
    assertEquals("Error: not a folder: " + file + " (give a folder for the index, or one that does not exist yet)",
        onFile.err().strip());
  }

  @Test
  void serve_refuses_an_index_built_from_another_folder() {
    smallCorpus(corpus);
    write(other, "seul.txt", "Un seul document.");
    assertEquals(0, MainTest.run("reindex", "--corpus", corpus.toString(), "--index", index.toString()).code());
    assertThrows(OtherCorpusException.class,
        () -> Service.start(other, index, "127.0.0.1", 0, new PrintWriter(new StringWriter())));
  }

  // The web side starts while the index opens: when the index side fails, the web side is stopped
  // too, and the port is free again.
  @Test
  void a_refused_index_leaves_the_port_free() throws Exception {
    smallCorpus(corpus);
    write(other, "seul.txt", "Un seul document.");
    assertEquals(0, MainTest.run("reindex", "--corpus", corpus.toString(), "--index", index.toString()).code());
    int port;
    try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      port = probe.getLocalPort();
    }
    assertThrows(OtherCorpusException.class,
        () -> Service.start(other, index, "127.0.0.1", port, new PrintWriter(new StringWriter())));
    try (ServerSocket again = new ServerSocket(port, 50, InetAddress.getLoopbackAddress())) {
      assertEquals(port, again.getLocalPort());
    }
    // and the index was closed: the right folder starts on it
    try (Service service = Service.start(corpus, index, "127.0.0.1", 0, new PrintWriter(new StringWriter()))) {
      assertEquals(4, service.documents());
    }
  }
}
