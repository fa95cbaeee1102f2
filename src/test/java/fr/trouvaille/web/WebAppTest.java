package fr.trouvaille.web;

import static fr.trouvaille.Fixtures.reindex;
import static fr.trouvaille.Fixtures.smallCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.trouvaille.search.LuceneSearchEngine;
import io.javalin.Javalin;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.Response;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebAppTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path corpus;
  @TempDir Path index;
  private LuceneSearchEngine engine;
  private Javalin app;

  @BeforeEach
  void start() throws IOException {
    smallCorpus(corpus);
    reindex(corpus, index);
    engine = new LuceneSearchEngine(index);
    app = WebApp.create(engine);
  }

  @AfterEach
  void close() throws IOException {
    engine.close();
  }

  private static JsonNode json(Response response) throws IOException {
    assertTrue(header(response, "Content-Type").startsWith("application/json"),
        response.body().string());
    return JSON.readTree(response.body().string());
  }

  private static String header(Response response, String name) {
    var values = response.headers().get(name);
    return values == null || values.isEmpty() ? "" : values.get(0);
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** Sends the path exactly as written, as a hostile client would, without normalizing it. */
  private static HttpResponse<String> raw(int port, String path) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void search_returns_hits_with_marked_snippets_total_and_facets() {
    JavalinTest.test(app, (server, client) -> {
      Response response = client.get("/api/search?q=" + q("troupe Kazakhstan"));
      assertEquals(200, response.code());
      JsonNode body = json(response);
      assertEquals("troupe Kazakhstan", body.get("query").asText());
      assertEquals(1, body.get("total").asInt());
      assertEquals(1, body.get("page").asInt());
      assertEquals(10, body.get("size").asInt());
      assertTrue(body.get("tookMs").isNumber());
      JsonNode hit = body.get("hits").get(0);
      assertEquals("kazakhstan/retrait.txt", hit.get("id").asText());
      assertEquals("2022-01", hit.get("date").asText());
      assertTrue(hit.get("score").asDouble() > 0);
      assertEquals("Retrait", hit.get("title").asText(), "no title given: the file name's");
      assertTrue(hit.get("snippet").asText().contains("<mark>troupes</mark>"), hit.toString());
      assertEquals("2022-01", body.get("facets").get("date").get(0).get("value").asText());
      assertEquals(1, body.get("facets").get("date").get(0).get("count").asInt());
    });
  }

  @Test
  void search_pages_and_filters_by_month() {
    JavalinTest.test(app, (server, client) -> {
      JsonNode page2 = json(client.get("/api/search?q=troupes&size=2&page=2"));
      assertEquals(3, page2.get("total").asInt());
      assertEquals(1, page2.get("hits").size());
      JsonNode year = json(client.get("/api/search?q=troupes&from=2021&to=2021"));
      assertEquals(json(client.get("/api/search?q=troupes&from=2021-01&to=2021-12")).get("total"), year.get("total"));
      assertTrue(year.get("total").asInt() > 0);
      JsonNode december = json(client.get("/api/search?q=troupes&from=2021-12&to=2021-12"));
      assertEquals(1, december.get("total").asInt());
      assertEquals("ukraine/frontiere.txt", december.get("hits").get(0).get("id").asText());
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "/api/search", "/api/search?q=", "/api/search?q=%20%20", "/api/search?q=a&page=0", "/api/search?q=a&page=abc",
      "/api/search?q=a&page=-1", "/api/search?q=a&size=0", "/api/search?q=a&size=101", "/api/search?q=a&size=1e3",
      "/api/search?q=a&from=2022-13", "/api/search?q=a&from=2022/01", "/api/search?q=a&to=janvier",
      "/api/search?q=a&from=2022-02&to=2022-01", "/api/search?q=a&page=99999999999", "/api/search?q=a&page=2000",
      "/api/search?q=a&explain=no", "/api/search?q=a&explain=1"})
  void bad_parameters_get_400_with_a_json_message(String path) {
    JavalinTest.test(app, (server, client) -> {
      Response response = client.get(path);
      assertEquals(400, response.code(), response.body().string());
      String error = json(response).get("error").asText();
      assertFalse(error.isBlank());
      assertFalse(error.contains("Exception") || error.contains("at fr."), error);
    });
  }

  @Test
  void query_over_1000_characters_gets_400() {
    JavalinTest.test(app, (server, client) -> {
      Response response = client.get("/api/search?q=" + "a".repeat(1001));
      assertEquals(400, response.code());
      assertTrue(json(response).get("error").asText().contains("1001"));
      assertEquals(200, client.get("/api/search?q=" + "a".repeat(1000)).code());
    });
  }

  @Test
  void document_is_returned_whole_and_marked_when_a_query_is_given() {
    JavalinTest.test(app, (server, client) -> {
      JsonNode doc = json(client.get("/api/documents/kazakhstan/etat.txt?q=" + q("État")));
      assertEquals("kazakhstan/etat.txt", doc.get("id").asText());
      assertEquals("L'État kazakh après les émeutes", doc.get("title").asText());
      assertEquals("2022-01", doc.get("date").asText());
      assertTrue(doc.get("text").asText().startsWith("L’État a repris"));
      assertTrue(doc.get("highlighted").asText().startsWith("<mark>L’État</mark> a repris"), doc.toString());
      assertTrue(json(client.get("/api/documents/kazakhstan/etat.txt")).get("highlighted").isNull());
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "/api/documents/absent.txt", "/api/documents/..%2F..%2Fetc%2Fpasswd", "/api/documents/%2e%2e/%2e%2e/etc/passwd",
      "/api/documents/..%252F..%252Fetc%252Fpasswd", "/api/documents/kazakhstan/../../../etc/passwd",
      "/api/documents/%2Fetc%2Fpasswd", "/api/documents/kazakhstan%5C..%5Cetat.txt",
      // every route that takes an id or a path: related documents, static files; encoded, double-encoded,
      // overlong UTF-8, NUL, path parameters
      "/api/documents/..%2F..%2Fetc%2Fpasswd/related", "/api/documents/%252e%252e%252f%252e%252e%252fetc%252fpasswd/related",
      "/api/documents/..%c0%af..%c0%afetc%c0%afpasswd", "/api/documents/kazakhstan/etat.txt%00.html",
      "/api/documents/..;/..;/etc/passwd", "/..%2F..%2Fetc%2Fpasswd", "/%2e%2e/%2e%2e/etc/passwd",
      "/%252e%252e/%252e%252e/etc/passwd", "/..%5C..%5Cetc%5Cpasswd", "/app.js/..%2F..%2F..%2Fetc%2Fpasswd",
      "/..;/..;/etc/passwd", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd"})
  void unknown_and_traversing_document_ids_get_a_json_4xx(String path) {
    JavalinTest.test(app, (server, client) -> {
      HttpResponse<String> response = raw(server.port(), path);
      assertTrue(response.statusCode() == 404 || response.statusCode() == 400, response.statusCode() + " " + response.body());
      assertTrue(JSON.readTree(response.body()).get("error").isTextual(), response.body());
      assertFalse(response.body().contains("root:"), response.body());
    });
  }

  @Test
  void suggest_completes_the_last_word() {
    JavalinTest.test(app, (server, client) -> {
      JsonNode body = json(client.get("/api/suggest?q=" + q("retrait des trou")));
      assertEquals("retrait des trou", body.get("query").asText());
      assertEquals(List.of("troupes", "troupe"), JSON.convertValue(body.get("suggestions"), List.class));
      assertEquals(0, json(client.get("/api/suggest?q=" + q("troupes "))).get("suggestions").size());
      assertEquals(400, client.get("/api/suggest").code());
    });
  }

  @Test
  void related_lists_other_documents_and_404s_for_an_unknown_id() {
    JavalinTest.test(app, (server, client) -> {
      JsonNode body = json(client.get("/api/documents/kazakhstan/retrait.txt/related"));
      assertEquals("kazakhstan/retrait.txt", body.get("id").asText());
      assertTrue(body.get("related").isArray());
      body.get("related").forEach(r -> assertFalse(r.get("id").asText().equals("kazakhstan/retrait.txt")));
      Response unknown = client.get("/api/documents/absent.txt/related");
      assertEquals(404, unknown.code());
      assertTrue(json(unknown).get("error").isTextual());
    });
  }

  @Test
  void search_says_when_it_relaxed_the_query_and_proposes_a_correction() {
    JavalinTest.test(app, (server, client) -> {
      JsonNode exact = json(client.get("/api/search?q=troupes"));
      assertTrue(exact.get("relaxed").isNull());
      assertTrue(exact.get("didYouMean").isNull());
      JsonNode typo = json(client.get("/api/search?q=Kazakstan"));
      assertEquals("fuzzy", typo.get("relaxed").asText());
      assertEquals("Kazakhstan", typo.get("didYouMean").asText());
      assertEquals("or", json(client.get("/api/search?q=" + q("troupes Almaty"))).get("relaxed").asText());
      JsonNode unknown = json(client.get("/api/search?q=" + q("troupes Zanzibar")));
      assertTrue(unknown.get("relaxed").isNull());
      assertEquals("Zanzibar", unknown.get("ignored").get(0).asText());
      assertTrue(unknown.get("allWords").asBoolean());
    });
  }

  @Test
  void health_counts_documents() {
    JavalinTest.test(app, (server, client) -> {
      JsonNode health = json(client.get("/health"));
      assertEquals("ok", health.get("status").asText());
      assertEquals(4, health.get("documents").asInt());
    });
  }

  @Test
  void unknown_api_route_is_a_json_404() {
    JavalinTest.test(app, (server, client) -> {
      Response response = client.get("/api/nothing-here");
      assertEquals(404, response.code());
      assertTrue(json(response).get("error").asText().contains("/api/nothing-here"));
    });
  }

  @Test
  void web_page_is_served_with_a_strict_content_security_policy() {
    JavalinTest.test(app, (server, client) -> {
      Response page = client.get("/");
      assertEquals(200, page.code());
      assertTrue(page.body().string().contains("<form"), "the search form");
      assertTrue(header(page, "Content-Type").startsWith("text/html"));
      assertEquals(WebApp.CONTENT_SECURITY_POLICY, header(page, "Content-Security-Policy"));
      assertEquals("nosniff", header(page, "X-Content-Type-Options"));
      assertEquals(200, client.get("/app.js").code());
    });
  }
}
