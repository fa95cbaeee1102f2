package fr.trouvaille.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.Fixtures;
import fr.trouvaille.index.ReindexReport;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The shipped corpus, copied to a temporary folder, indexed and searched as a user would. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShippedCorpusTest {

  /** The seed article the project started from. */
  static final String SEED = "000_f454a1a4fa1a1bb4.txt";

  private LuceneSearchEngine engine;
  private ReindexReport report;

  @BeforeAll
  void index(@TempDir Path root) throws IOException {
    Path corpus = Fixtures.copyOfShippedCorpus(root.resolve("corpus"));
    report = Fixtures.reindex(corpus, root.resolve("index"));
    engine = new LuceneSearchEngine(root.resolve("index"));
  }

  @AfterAll
  void close() throws IOException {
    engine.close();
  }

  @Test
  void every_shipped_document_is_indexed_and_none_skipped() {
    assertEquals(0, report.skipped().size(), report.skipped().toString());
    assertTrue(report.documents() >= 31, "the seed and at least 30 related documents");
  }

  @Test
  void troupe_finds_the_seed_article_with_troupes_marked() {
    Hit seed = engine.search(new SearchRequest("troupe", 1, 100, null, null)).hits().stream()
        .filter(h -> h.id().equals(SEED)).findFirst().orElseThrow();
    assertTrue(seed.snippet().contains("<mark>troupes</mark>"), seed.snippet());
    assertEquals("2022-01", seed.date());
    assertEquals("Certains observateurs se sont inquiétés de savoir si la Russie retirerait effectivement ses unités et ne profiterait…",
        seed.title());
  }

  @Test
  void seed_is_found_by_its_accented_and_elided_words_typed_plainly() {
    for (String query : new String[] {"Tokaiev Choigou", "occasion", "ODKB Serdyukov", "\"autorites kazakhes\""}) {
      assertTrue(engine.search(SearchRequest.of(query)).hits().stream().anyMatch(h -> h.id().equals(SEED)), query);
    }
  }
}
