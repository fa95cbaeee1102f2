package fr.trouvaille.web;

import static fr.trouvaille.Fixtures.reindex;
import static fr.trouvaille.Fixtures.smallCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.Http;
import fr.trouvaille.analysis.FrenchAnalysis;
import fr.trouvaille.analysis.QueryAnalysis;
import fr.trouvaille.search.LuceneSearchEngine;
import fr.trouvaille.search.SearchLimits;
import io.javalin.Javalin;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content types, no CORS, and the partial flag, as a client sees them. */
class ResponseHeadersTest {

  @TempDir Path corpus;
  @TempDir Path index;

  @Test
  void api_answers_are_json_metrics_are_text_and_no_other_origin_is_allowed() throws Exception {
    smallCorpus(corpus);
    reindex(corpus, index);
    try (LuceneSearchEngine engine = new LuceneSearchEngine(index)) {
      Javalin app = WebApp.create(engine).start("127.0.0.1", 0);
      try {
        Http http = new Http(app.port());
        for (String path : new String[] {"/api/search?q=troupes", "/api/search", "/api/documents/absent.txt", "/health"}) {
          Http.Answer answer = http.send(http.request(path).header("Origin", "https://ailleurs.example"));
          assertTrue(answer.contentType().startsWith("application/json"), path + " " + answer.contentType());
        }
        Http.Answer preflight = http.send(http.request("/api/search?q=a")
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .header("Origin", "https://ailleurs.example").header("Access-Control-Request-Method", "GET"));
        assertTrue(preflight.status() >= 400, "no CORS preflight: " + preflight.status());
        assertEquals("", corsHeader(http), "CORS is off");
        assertTrue(http.get("/metrics").contentType().startsWith("text/plain"));
      } finally {
        app.stop();
      }
    }
  }

  private static String corsHeader(Http http) throws Exception {
    var response = java.net.http.HttpClient.newHttpClient().send(
        http.request("/api/search?q=troupes").header("Origin", "https://ailleurs.example").build(),
        java.net.http.HttpResponse.BodyHandlers.discarding());
    return response.headers().firstValue("Access-Control-Allow-Origin").orElse("");
  }

  @Test
  void a_search_out_of_time_says_partial_true_in_json() throws Exception {
    smallCorpus(corpus);
    reindex(corpus, index);
    SearchLimits noTime = new SearchLimits(Duration.ZERO);
    try (LuceneSearchEngine engine = new LuceneSearchEngine(index, QueryAnalysis.fixed(FrenchAnalysis.queryAnalyzer()), noTime);
        LuceneSearchEngine normal = new LuceneSearchEngine(index)) {
      Javalin spent = WebApp.create(engine).start("127.0.0.1", 0);
      Javalin whole = WebApp.create(normal).start("127.0.0.1", 0);
      try {
        assertTrue(new Http(spent.port()).get("/api/search?q=troupes").json().get("partial").asBoolean());
        assertFalse(new Http(whole.port()).get("/api/search?q=troupes").json().get("partial").asBoolean());
      } finally {
        spent.stop();
        whole.stop();
      }
    }
  }
}
