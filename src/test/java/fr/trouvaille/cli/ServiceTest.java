package fr.trouvaille.cli;

import static fr.trouvaille.Fixtures.smallCorpus;
import static fr.trouvaille.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.trouvaille.Fixtures;
import fr.trouvaille.index.LuceneCorpusIndex;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
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
  void an_index_of_an_older_version_is_built_again_before_it_is_searched() throws Exception {
    smallCorpus(corpus);
    Path index = root.resolve("index");
    Fixtures.reindex(corpus, index);
    // What an older version left: its commit says other fields (here, the stopwords not indexed).
    try (Directory directory = FSDirectory.open(index);
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
      Map<String, String> data = new HashMap<>();
      writer.getLiveCommitData().forEach(e -> data.put(e.getKey(), e.getValue()));
      data.put("trouvaille.fields", "4");
      writer.setLiveCommitData(data.entrySet());
      writer.commit();
    }
    LuceneCorpusIndex older = new LuceneCorpusIndex(index);
    assertTrue(older.olderFields());
    StringWriter out = new StringWriter();
    try (Service service = Service.start(corpus, index, "127.0.0.1", 0, new PrintWriter(out))) {
      assertTrue(out.toString().contains("was made by an older version of Trouvaille: building it again"), out.toString());
      assertTrue(out.toString().contains("4 added"), out.toString());
      assertEquals(1, get(service.port(), "/api/search?q=%22retrait%20des%20troupes%22").get("total").asInt());
    }
    assertFalse(older.olderFields(), "the rebuilt index has this version's fields");
    StringWriter again = new StringWriter();
    try (Service service = Service.start(corpus, index, "127.0.0.1", 0, new PrintWriter(again))) {
      assertFalse(again.toString().contains("building it"), "a current index is served as it is: " + again);
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
