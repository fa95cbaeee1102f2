package fr.trouvaille.cli;

import static fr.trouvaille.Fixtures.smallCorpus;
import static fr.trouvaille.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServiceTest {

  @TempDir Path corpus;
  @TempDir Path root;

  private final HttpClient http = HttpClient.newHttpClient();

  private JsonNode get(int port, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
    return new ObjectMapper().readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
  }

  @Test
  void builds_a_missing_index_then_serves_it() throws Exception {
    smallCorpus(corpus);
    Path index = root.resolve("index");
    StringWriter out = new StringWriter();
    try (Service service = Service.start(corpus, index, "127.0.0.1", 0, new PrintWriter(out))) {
      assertTrue(out.toString().contains("4 added"), out.toString());
      assertEquals(4, get(service.port(), "/health").get("documents").asInt());
      JsonNode troupe = get(service.port(), "/api/search?q=troupe");
      assertEquals(3, troupe.get("total").asInt());
    }
  }

  @Test
  void a_reindex_from_the_command_line_shows_in_the_running_server_within_seconds() throws Exception {
    smallCorpus(corpus);
    Path index = root.resolve("index");
    try (Service service = Service.start(corpus, index, "127.0.0.1", 0, new PrintWriter(new StringWriter()))) {
      assertEquals(0, get(service.port(), "/api/search?q=Loukachenko").get("total").asInt());
      write(corpus, "bielorussie/minsk.txt", " date 2020-08 Loukachenko revendique la victoire.");
      MainTest.Run reindex = MainTest.run("reindex", "--corpus", corpus.toString(), "--index", index.toString());
      assertEquals(0, reindex.code(), reindex.err());
      Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
      int total = 0;
      while (total == 0 && Instant.now().isBefore(deadline)) {
        Thread.sleep(100);
        total = get(service.port(), "/api/search?q=Loukachenko").get("total").asInt();
      }
      assertEquals(1, total, "seen without a restart");
      assertEquals(5, get(service.port(), "/health").get("documents").asInt());
    }
  }

  @Test
  void the_server_picks_up_an_edited_synonyms_file_without_a_restart() throws Exception {
    smallCorpus(corpus);
    try (Service service = Service.start(corpus, root.resolve("index"), "127.0.0.1", 0, new PrintWriter(new StringWriter()))) {
      assertEquals(0, get(service.port(), "/api/search?q=CSTO").get("total").asInt());
      write(corpus, "synonyms.txt", "OTSC, ODKB, CSTO\n");
      Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
      int total = 0;
      while (total == 0 && Instant.now().isBefore(deadline)) {
        Thread.sleep(100);
        total = get(service.port(), "/api/search?q=CSTO").get("total").asInt();
      }
      assertEquals(1, total, "CSTO finds the OTSC article once the rule is there");
    }
  }
}
