package fr.trouvaille.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.trouvaille.search.PendingSearchEngine;
import fr.trouvaille.search.SearchEngine;
import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** While a missing index is built, the API says so at once, with a 503 a client can retry after. */
class IndexBuildingTest {

  private static final String PROGRESS =
      "L’index est en cours de construction (12 000 fichiers lus sur 90 078). Réessayez dans un instant.";

  @Test
  void every_route_that_needs_the_index_answers_503_with_the_progress_and_when_to_retry() {
    SearchEngine building = new PendingSearchEngine(new CompletableFuture<>(), () -> Optional.of(PROGRESS));
    JavalinTest.test(WebApp.create(building), (server, client) -> {
      for (String path : List.of("/api/search?q=troupes", "/api/documents/otsc/a.txt", "/api/suggest?q=tro", "/health")) {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
            HttpResponse.BodyHandlers.ofString());
        assertEquals(503, response.statusCode(), path);
        assertEquals(Optional.of(String.valueOf(WebApp.RETRY_AFTER_SECONDS)), response.headers().firstValue("Retry-After"), path);
        JsonNode body = new ObjectMapper().readTree(response.body());
        assertEquals(PROGRESS, body.get("error").asText(), path);
      }
      // The page itself does not need the index: it loads, and shows the message its search gets.
      HttpResponse<String> page = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(200, page.statusCode());
    });
  }
}
