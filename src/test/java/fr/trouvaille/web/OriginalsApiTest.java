package fr.trouvaille.web;

import static fr.trouvaille.Fixtures.reindex;
import static fr.trouvaille.Fixtures.smallCorpus;
import static fr.trouvaille.Fixtures.write;
import static fr.trouvaille.Fixtures.writeBytes;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.trouvaille.corpus.DocumentFiles;
import fr.trouvaille.corpus.OriginalFiles;
import fr.trouvaille.search.LuceneSearchEngine;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The original files behind the documents, the format in the document view, and the folder filter over HTTP. */
class OriginalsApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @TempDir Path corpus;
  @TempDir Path index;
  private LuceneSearchEngine engine;
  private Javalin app;
  private byte[] pdf;

  @BeforeEach
  void start() throws IOException {
    smallCorpus(corpus);
    pdf = DocumentFiles.pdf("Rapport sur la steppe", 2021, 11, List.of("La steppe kazakhe en hiver.", "Fin."));
    writeBytes(corpus, "rapports/steppe.pdf", pdf);
    writeBytes(corpus, "web/page.html", DocumentFiles.html("Page", 2022, 3, List.of("Une page sur la steppe.")));
    reindex(corpus, index);
    engine = new LuceneSearchEngine(index);
    app = WebApp.create(engine, WebOptions.defaults().withOriginals(new OriginalFiles(corpus))).start("127.0.0.1", 0);
  }

  @AfterEach
  void stop() throws IOException {
    app.stop();
    engine.close();
  }

  private HttpResponse<byte[]> get(String path) throws Exception {
    // Sent as written: no client-side normalisation of dot segments or encodings.
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build();
    return HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void pdf_original_is_the_file_as_an_attachment_with_its_content_type() throws Exception {
    HttpResponse<byte[]> response = get("/api/documents/rapports/steppe.pdf/original");
    assertEquals(200, response.statusCode());
    assertEquals("application/pdf", response.headers().firstValue("Content-Type").orElse(""));
    assertEquals("attachment; filename=\"steppe.pdf\"; filename*=UTF-8''steppe.pdf",
        response.headers().firstValue("Content-Disposition").orElse(""));
    assertArrayEquals(pdf, response.body());
  }

  @Test
  void html_original_is_never_served_inline() throws Exception {
    HttpResponse<byte[]> response = get("/api/documents/web/page.html/original");
    assertEquals(200, response.statusCode());
    assertTrue(response.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
    assertTrue(response.headers().firstValue("Content-Security-Policy").orElse("").startsWith("sandbox"));
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
  }

  @Test
  void document_view_says_the_format_and_shows_the_extracted_text() throws Exception {
    JsonNode doc = JSON.readTree(get("/api/documents/rapports/steppe.pdf").body());
    assertEquals("pdf", doc.get("format").asText());
    assertEquals("Rapport sur la steppe", doc.get("title").asText());
    assertEquals("2021-11", doc.get("date").asText());
    assertTrue(doc.get("text").asText().contains("La steppe kazakhe en hiver.\n\nFin."), doc.toString());
    assertEquals("txt", JSON.readTree(get("/api/documents/kazakhstan/etat.txt").body()).get("format").asText());
  }

  @Test
  void a_file_the_index_does_not_hold_is_not_served_even_inside_the_corpus() throws Exception {
    write(corpus, "kazakhstan/ajoute-apres.txt", "Pas encore indexé.");
    write(corpus, ".cache/secret.txt", "caché");
    assertEquals(404, get("/api/documents/kazakhstan/ajoute-apres.txt/original").statusCode());
    assertEquals(404, get("/api/documents/.cache/secret.txt/original").statusCode());
  }

  @Test
  void an_indexed_file_gone_from_the_folder_is_a_404() throws Exception {
    Files.delete(corpus.resolve("rapports/steppe.pdf"));
    HttpResponse<byte[]> response = get("/api/documents/rapports/steppe.pdf/original");
    assertEquals(404, response.statusCode());
    assertTrue(JSON.readTree(response.body()).get("error").asText().contains("fichier d'origine"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "/api/documents/..%2F..%2Fetc%2Fpasswd/original", "/api/documents/%2e%2e/%2e%2e/etc/passwd/original",
      "/api/documents/kazakhstan/../../../etc/passwd/original", "/api/documents/%2Fetc%2Fpasswd/original",
      "/api/documents/..%252F..%252Fetc%252Fpasswd/original", "/api/documents/kazakhstan%5C..%5C..%5Cetc%5Cpasswd/original",
      "/api/documents/..;/..;/etc/passwd/original", "/api/documents/kazakhstan/etat.txt%00.html/original",
      "/api/documents/rapports/../../outside.pdf/original"})
  void traversing_ids_get_a_json_4xx_and_no_file(String path) throws Exception {
    HttpResponse<byte[]> response = get(path);
    String body = new String(response.body(), java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(response.statusCode() == 404 || response.statusCode() == 400, response.statusCode() + " " + body);
    assertTrue(JSON.readTree(body).get("error").isTextual(), body);
    assertFalse(body.contains("root:"), body);
  }

  @Test
  void folder_filter_and_facet_over_http() throws Exception {
    JsonNode all = JSON.readTree(get("/api/search?q=steppe").body());
    assertEquals(2, all.get("total").asInt());
    assertEquals("[{\"value\":\"rapports\",\"count\":1},{\"value\":\"web\",\"count\":1}]", all.get("facets").get("folder").toString());
    JsonNode web = JSON.readTree(get("/api/search?q=steppe&folder=web").body());
    assertEquals(1, web.get("total").asInt());
    assertEquals("web/page.html", web.get("hits").get(0).get("id").asText());
    assertEquals(2, web.get("facets").get("folder").size());
    HttpResponse<byte[]> bad = get("/api/search?q=steppe&folder=web%2Fpage");
    assertEquals(400, bad.statusCode());
    assertTrue(JSON.readTree(bad.body()).get("error").asText().contains("folder"));
  }
}
