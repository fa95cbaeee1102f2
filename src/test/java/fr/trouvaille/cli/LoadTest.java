package fr.trouvaille.cli;

import static fr.trouvaille.Fixtures.smallCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.Fixtures;
import fr.trouvaille.GeneratedCorpus;
import fr.trouvaille.SearchProbe;
import fr.trouvaille.index.Reindexer;
import fr.trouvaille.index.ReindexListener;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searches from several threads while reindexes run in a loop, adding and removing documents:
 * every request succeeds, and every answer is one commit or the other, never a mix.
 */
class LoadTest {

  static final int THREADS = 4;
  static final int BASE = 60;
  static final int EXTRA = 20;
  static final long MILLIS = 10_000;

  @TempDir Path corpus;
  @TempDir Path root;

  @Test
  void searches_from_several_threads_stay_consistent_while_reindexes_loop() throws Exception {
    smallCorpus(corpus);
    GeneratedCorpus.write(corpus, BASE, 120, 3);
    Path index = root.resolve("index");
    try (Service server = Service.start(corpus, index, "127.0.0.1", 0, new PrintWriter(new StringWriter()))) {
      List<SearchProbe> probes = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        probes.add(new SearchProbe(server.port(), GeneratedCorpus.COMMON_WORD));
      }
      int reindexes = reindexInALoop(index);
      Set<Integer> counts = new HashSet<>();
      Set<Long> totals = new HashSet<>();
      int answers = 0;
      for (SearchProbe probe : probes) {
        SearchProbe.Seen seen = probe.stop();
        assertEquals(List.of(), seen.problems());
        answers += seen.answers();
        counts.addAll(seen.documentCounts());
        totals.addAll(seen.totals());
      }
      System.out.printf("load: %d threads, %d answers, %d reindexes in %d ms, totals %s%n",
          THREADS, answers, reindexes, MILLIS, totals);
      assertTrue(reindexes >= 4, "reindexes: " + reindexes);
      assertTrue(Set.of(BASE + 4, BASE + 4 + EXTRA).containsAll(counts), "documents seen: " + counts);
      assertTrue(Set.of((long) BASE, (long) BASE + EXTRA).containsAll(totals), "totals seen: " + totals);
      assertEquals(2, totals.size(), "both states were served");
    }
  }

  // Adds EXTRA documents, reindexes, removes them, reindexes; a full rebuild every fourth time.
  private int reindexInALoop(Path index) throws Exception {
    Reindexer reindexer = new Reindexer();
    long end = System.currentTimeMillis() + MILLIS;
    int runs = 0;
    while (System.currentTimeMillis() < end) {
      boolean add = runs % 2 == 0;
      for (int i = 0; i < EXTRA; i++) {
        Path file = corpus.resolve("extra/" + i + ".txt");
        if (add) {
          Fixtures.write(corpus, "extra/" + i + ".txt", "Un " + GeneratedCorpus.COMMON_WORD + " de plus, le numéro " + i + ".");
        } else {
          Files.delete(file);
        }
      }
      reindexer.reindex(corpus, index, runs % 4 == 3, ReindexListener.NONE);
      runs++;
      Thread.sleep(1500); // longer than the server's refresh: every commit is served for a while
    }
    return runs;
  }
}
