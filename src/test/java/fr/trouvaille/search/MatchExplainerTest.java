package fr.trouvaille.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A hit's {@code matches} come from the spans its snippet's highlighter read; the reading view's
 * from each word's own query, asked of that document. On the shipped corpus with its synonyms, both
 * say the same for every hit: the spans are told apart by word as each word's own query finds them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchExplainerTest {

  private LuceneSearchEngine engine;

  @BeforeAll
  void index(@TempDir Path root) throws IOException {
    engine = Fixtures.shippedEngine(root);
  }

  @AfterAll
  void close() throws IOException {
    engine.close();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Tokayev", "CSTO", "troupe", "etat", "kazakh*", "Nursultan", "Nur-Sultan", "\"autorités kazakhes\"",
      "Tokaiev troupes", "Kazakhstan Russie troupes", "OTSC Russie", "l'État", "manifestations", "arm*",
  })
  void every_hit_says_what_the_reading_view_says_of_it(String query) {
    SearchResult result = engine.search(new SearchRequest(query, 1, 100, null, null));
    assertTrue(result.hits().size() > 0, query + " finds something");
    for (Hit hit : result.hits()) {
      DocumentView read = engine.document(hit.id(), query).orElseThrow();
      assertEquals(read.matches(), hit.matches(), query + " in " + hit.id());
    }
  }
}
