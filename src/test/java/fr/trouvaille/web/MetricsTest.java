package fr.trouvaille.web;

import static fr.trouvaille.Fixtures.reindex;
import static fr.trouvaille.Fixtures.smallCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.Http;
import fr.trouvaille.index.BackgroundReindex;
import fr.trouvaille.index.LuceneCorpusIndex;
import fr.trouvaille.search.LuceneSearchEngine;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MetricsTest {

  @TempDir Path corpus;
  @TempDir Path index;

  @Test
  void metrics_count_requests_by_route_template_searches_documents_and_the_last_reindex() throws Exception {
    smallCorpus(corpus);
    reindex(corpus, index);
    try (LuceneSearchEngine engine = new LuceneSearchEngine(index);
        BackgroundReindex background = new BackgroundReindex(new LuceneCorpusIndex(index), corpus, index, engine::refresh)) {
      Javalin app = WebApp.create(engine, WebOptions.withAdmin("t", background)).start("127.0.0.1", 0);
      try {
        Http http = new Http(app.port());
        http.get("/api/documents/kazakhstan/etat.txt");
        http.get("/api/documents/ukraine/frontiere.txt");
        http.get("/api/search?q=troupes");
        http.get("/api/search?q=");
        http.get("/nulle/part");
        http.get("/app.js");
        assertEquals(202, http.post("/api/reindex", "t").status());
        Instant deadline = Instant.now().plusSeconds(30);
        while (background.status().last() == null && Instant.now().isBefore(deadline)) {
          Thread.sleep(20);
        }
        Http.Answer metrics = http.get("/metrics");
        assertEquals(200, metrics.status());
        assertTrue(metrics.contentType().startsWith("text/plain"), metrics.contentType());
        String text = metrics.body();
        assertTrue(text.contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/documents/<id>\",status=\"200\"} 2"), text);
        assertFalse(text.contains("etat.txt"), "ids never become labels");
        assertTrue(text.contains("route=\"unmatched\",status=\"404\""), text);
        assertTrue(text.contains("route=\"static\",status=\"200\""), text);
        assertFalse(text.contains("nulle") || text.contains("app.js"), "paths never become labels");
        assertTrue(text.contains("trouvaille_searches_total{outcome=\"ok\"} 1"), text);
        assertTrue(text.contains("trouvaille_searches_total{outcome=\"rejected\"} 1"), text);
        assertTrue(text.contains("trouvaille_documents 4"), text);
        assertTrue(text.contains("trouvaille_reindex_last_success 1"), text);
        assertTrue(text.matches("(?s).*trouvaille_reindex_last_end \\d\\.\\d+E9.*"), text);
      } finally {
        app.stop();
      }
    }
  }
}
