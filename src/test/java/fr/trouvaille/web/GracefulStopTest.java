package fr.trouvaille.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.Http;
import fr.trouvaille.search.DocumentView;
import fr.trouvaille.search.Facets;
import fr.trouvaille.search.SearchEngine;
import fr.trouvaille.search.SearchRequest;
import fr.trouvaille.search.SearchResult;
import io.javalin.Javalin;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A stopping server finishes the requests it is answering before it closes their connections. */
class GracefulStopTest {

  /** A search engine whose searches wait until the test lets them answer. */
  static final class SlowEngine implements SearchEngine {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public SearchResult search(SearchRequest request) {
      entered.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return new SearchResult(request.query(), 0, 1, 10, 0, List.of(), new Facets(List.of()));
    }

    @Override
    public Optional<DocumentView> document(String id, String query) {
      return Optional.empty();
    }

    @Override
    public int documentCount() {
      return 0;
    }
  }

  @Test
  void stop_lets_the_request_in_flight_finish_and_refuses_new_ones() throws Exception {
    SlowEngine engine = new SlowEngine();
    Javalin app = WebApp.create(engine).start("127.0.0.1", 0);
    int port = app.port();
    Http http = new Http(port);
    CompletableFuture<Http.Answer> inFlight = CompletableFuture.supplyAsync(() -> http.get("/api/search?q=lent"));
    assertTrue(engine.entered.await(10, TimeUnit.SECONDS));
    CompletableFuture<Void> stopping = CompletableFuture.runAsync(app::stop);
    Thread.sleep(300); // the stop is under way, the search still running
    assertTrue(!stopping.isDone(), "stop waits for the search");
    assertThrows(UncheckedIOException.class, () -> new Http(port).get("/health"), "no new connection");
    engine.release.countDown();
    Http.Answer answer = inFlight.get(10, TimeUnit.SECONDS);
    assertEquals(200, answer.status(), answer.body());
    assertEquals("lent", answer.json().get("query").asText());
    stopping.get(10, TimeUnit.SECONDS);
  }
}
