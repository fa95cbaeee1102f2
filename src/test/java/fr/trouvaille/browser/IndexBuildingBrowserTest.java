package fr.trouvaille.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.trouvaille.search.LuceneSearchEngine;
import fr.trouvaille.search.PendingSearchEngine;
import fr.trouvaille.search.SearchEngine;
import fr.trouvaille.web.WebApp;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A search made while the index is first built shows how far it is, then its results, untouched. */
@ExtendWith(ChromiumCondition.class)
class IndexBuildingBrowserTest {

  private static final String PROGRESS =
      "L’index est en cours de construction (3 fichiers lus sur 12). Réessayez dans un instant.";

  @Test
  void the_page_shows_the_build_progress_then_the_results_once_the_index_is_ready(@TempDir Path root) throws Exception {
    Path index = RunningServer.indexCorpus(root);
    CompletableFuture<SearchEngine> opening = new CompletableFuture<>();
    AtomicReference<Optional<String>> building = new AtomicReference<>(Optional.of(PROGRESS));
    Javalin app = WebApp.create(new PendingSearchEngine(opening, building::get)).start("127.0.0.1", 0);
    try (Browser browser = Browser.start(root.resolve("profile")); LuceneSearchEngine engine = new LuceneSearchEngine(index)) {
      SearchPage page = new SearchPage(browser);
      page.open("http://127.0.0.1:" + app.port() + "/?q=troupes");
      assertEquals(PROGRESS, page.error());
      assertEquals(0, page.hitTitles().size());

      building.set(Optional.empty());
      opening.complete(engine);
      browser.await("the results, asked again after Retry-After", d -> !page.hitTitles().isEmpty());
      assertEquals("", page.error());
      assertFalse(page.resultCount().isEmpty());
    } finally {
      app.stop();
    }
  }
}
