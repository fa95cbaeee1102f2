package fr.trouvaille.index;

import static fr.trouvaille.Fixtures.reindex;
import static fr.trouvaille.Fixtures.smallCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.Fixtures;
import fr.trouvaille.corpus.SkipReason;
import fr.trouvaille.corpus.Skipped;
import fr.trouvaille.search.LuceneSearchEngine;
import fr.trouvaille.search.SearchRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that change or vanish between the corpus scan and their reading do not fail the reindex. */
class ChangingCorpusTest {

  @TempDir Path corpus;
  @TempDir Path index;

  @Test
  void files_deleted_or_rewritten_after_the_scan_are_skipped_or_indexed_as_they_now_are() throws Exception {
    smallCorpus(corpus);
    Fixtures.write(corpus, "volatil/a-supprimer.txt", "Un texte qui va disparaître.");
    Fixtures.write(corpus, "volatil/a-reecrire.txt", "Première version.");
    ReindexListener meddler = new ReindexListener() {
      @Override
      public void started(int files) {
        try { // the scan is done: the files it listed now change under the reindex
          Files.delete(corpus.resolve("volatil/a-supprimer.txt"));
          Files.writeString(corpus.resolve("volatil/a-reecrire.txt"), "Seconde version, avec Loukachenko.");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    };
    ReindexReport report = new Reindexer().reindex(corpus, index, false, meddler);
    assertEquals(5, report.added(), report.summary());
    Skipped gone = report.skipped().get(0);
    assertEquals("volatil/a-supprimer.txt", gone.id());
    assertEquals(SkipReason.UNREADABLE, gone.reason());
    assertTrue(gone.detail().contains("disappeared"), gone.toString());
    try (LuceneSearchEngine engine = new LuceneSearchEngine(index)) {
      assertEquals(1, engine.search(SearchRequest.of("Loukachenko")).total(), "the content read, not the one scanned");
    }
    ReindexReport next = reindex(corpus, index);
    assertEquals(0, next.added() + next.deleted() + next.skipped().size(), "nothing left to catch up: " + next.summary());
  }
}
