package fr.trouvaille.web;

import static fr.trouvaille.Fixtures.reindex;
import static fr.trouvaille.Fixtures.smallCorpus;
import static fr.trouvaille.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.search.LuceneSearchEngine;
import io.javalin.testtools.JavalinTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompressionTest {

  @TempDir Path corpus;
  @TempDir Path index;

  private static Optional<String> encoding(int port, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
        .header("Accept-Encoding", "gzip").build();
    HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, response.statusCode());
    return response.headers().firstValue("Content-Encoding");
  }

  @Test
  void a_page_of_results_is_sent_as_it_is_and_a_long_document_gzipped() throws Exception {
    smallCorpus(corpus);
    write(corpus, "long/rapport.txt", "Le rapport sur les troupes. ".repeat(5_000));
    reindex(corpus, index);
    try (LuceneSearchEngine engine = new LuceneSearchEngine(index)) {
      JavalinTest.test(WebApp.create(engine), (server, client) -> {
        assertTrue(encoding(server.port(), "/api/search?q=troupes").isEmpty(), "results under 16 KB are not compressed");
        assertEquals(Optional.of("gzip"), encoding(server.port(), "/api/documents/long/rapport.txt"));
      });
    }
  }
}
