package fr.trouvaille.web;

import static fr.trouvaille.Fixtures.reindex;
import static fr.trouvaille.Fixtures.smallCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.Http;
import fr.trouvaille.search.LuceneSearchEngine;
import fr.trouvaille.search.SearchEngine;
import io.javalin.Javalin;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A stopping server finishes the requests it is answering before it closes their connections. */
class GracefulStopTest {

  @TempDir Path corpus;
  @TempDir Path index;

  @Test
  void stop_lets_the_request_in_flight_finish_and_refuses_new_ones() throws Exception {
    smallCorpus(corpus);
    reindex(corpus, index);
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (LuceneSearchEngine real = new LuceneSearchEngine(index)) {
      Javalin app = WebApp.create(slowSearches(real, entered, release)).start("127.0.0.1", 0);
      int port = app.port();
      Http http = new Http(port);
      CompletableFuture<Http.Answer> inFlight = CompletableFuture.supplyAsync(() -> http.get("/api/search?q=troupes"));
      assertTrue(entered.await(10, TimeUnit.SECONDS));
      CompletableFuture<Void> stopping = CompletableFuture.runAsync(app::stop);
      Thread.sleep(300); // the stop is under way, the search still running
      assertFalse(stopping.isDone(), "stop waits for the search");
      assertThrows(UncheckedIOException.class, () -> new Http(port).get("/health"), "no new connection");
      release.countDown();
      Http.Answer answer = inFlight.get(10, TimeUnit.SECONDS);
      assertEquals(200, answer.status(), answer.body());
      assertEquals(3, answer.json().get("total").asInt());
      stopping.get(10, TimeUnit.SECONDS);
    }
  }

  /** {@code engine}, except that a search waits for {@code release} once it has {@code entered}. */
  private static SearchEngine slowSearches(SearchEngine engine, CountDownLatch entered, CountDownLatch release) {
    return (SearchEngine) Proxy.newProxyInstance(SearchEngine.class.getClassLoader(), new Class<?>[] {SearchEngine.class},
        (proxy, method, args) -> {
          if (method.getName().equals("search")) {
            entered.countDown();
            release.await();
          }
          try {
            return method.invoke(engine, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
