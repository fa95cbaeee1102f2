package fr.trouvaille.cli;

import static fr.trouvaille.solr.Api.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.trouvaille.Fixtures;
import fr.trouvaille.analysis.SynonymsFile;
import fr.trouvaille.corpus.DocumentFiles;
import fr.trouvaille.search.LuceneSearchEngine;
import fr.trouvaille.solr.Api;
import fr.trouvaille.solr.SolrCloudExtension;
import fr.trouvaille.solr.SolrClusterProcess;
import fr.trouvaille.solr.TrouvailleProcess;
import fr.trouvaille.web.WebApp;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTTP API over a SolrCloud collection (2 shards × 2 replicas, made by {@code reindex --solr};
 * {@code serve --solr} as a process of its own) against the embedded backend over the same corpus:
 * the same documents, totals, facets, pages, corrections and errors.
 */
@Tag("solrcloud")
@ExtendWith(SolrCloudExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SolrCloudContractTest {

  private static final Pattern MARK = Pattern.compile("<mark>(.*?)</mark>");

  private LuceneSearchEngine engine;
  private Javalin app;
  private TrouvailleProcess server;
  private Api embedded;
  private Api solr;

  @BeforeAll
  void start(SolrClusterProcess cluster, @TempDir Path root) throws Exception {
    Path corpus = Fixtures.copyOfShippedCorpus(root.resolve("corpus"));
    Fixtures.smallCorpus(corpus);
    // Extracted on Trouvaille's side for both backends: the same text, title and month.
    Fixtures.writeBytes(corpus, "rapports/steppe.pdf", DocumentFiles.pdf("Rapport sur la steppe", 2021, 11,
        List.of("Les troupes traversent la steppe en transhumance.", "Fin du rapport.")));
    Fixtures.writeBytes(corpus, "rapports/page.html", DocumentFiles.html("Page sur les troupes", 2022, 3,
        List.of("Une page enregistrée sur les troupes et la transhumance.")));
    Fixtures.reindex(corpus, root.resolve("index"));
    engine = new LuceneSearchEngine(root.resolve("index"), new SynonymsFile(corpus.resolve("synonyms.txt")));
    app = WebApp.create(engine).start("127.0.0.1", 0);
    embedded = new Api(app.port());
    String urls = String.join(",", cluster.urls());
    MainTest.Run reindex = MainTest.run("reindex", "--corpus", corpus.toString(), "--solr", urls,
        "--collection", "contract", "--shards", "2", "--replicas", "2");
    assertEquals(0, reindex.code(), reindex.err());
    assertTrue(reindex.out().contains("(2 shards × 2 replicas) for contract"), reindex.out());
    server = TrouvailleProcess.serve(root.resolve("serve.log"),
        "--corpus", corpus.toString(), "--solr", urls, "--collection", "contract");
    solr = new Api(server.port());
  }

  @AfterAll
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    app.stop();
    engine.close();
  }

  /** The queries of the French quality test (what people type), and operators. */
  @SuppressWarnings("unchecked")
  static Stream<String> queries() throws ReflectiveOperationException {
    java.lang.reflect.Field table = Class.forName("fr.trouvaille.quality.FrenchQualityTest").getDeclaredField("QUERIES");
    table.setAccessible(true);
    List<String> queries = new ArrayList<>((List<String>) table.get(null));
    queries.addAll(List.of("-ukraine", "kazakh*", "troupes | Zanzibar", "Tokaiev troupes", "\"Nur Sultan\"",
        "retrait -russie", "(", "\"unbalanced", "Kazakstan troupes", "Moscou Loukachenko", "Kazakstan Zanzibarr",
        // the reading: an unknown word dropped, a long question read as any word, its question words ignored
        "Kazakhstan troupes zzzyxq", "Pourquoi les troupes russes ont-elles quitté le Kazakhstan après les émeutes ?",
        // an inverted verb searched without its pronoun, a hyphenated word unknown joined searched as its parts
        "Tokaïev annonce-t-il le départ des troupes ?", "troupes non-russes",
        // prefixes against the words as written, stopwords alone searched as words
        "commiss*", "russ*", "le", "\"pour le\"",
        // a quoted phrase keeps its stopwords, found or excluded
        "\"des troupes\"", "troupes -\"des troupes\"", "\"retrait des troupes\" Kazakhstan",
        // function words weigh nothing while another word remains: not required in a short query
        "plus de troupes", "Les troupes sont-elles restées depuis les émeutes, plus au sud ?", "plus"));
    return queries.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("queries")
  void a_query_finds_the_same_documents_on_both_backends(String query) throws Exception {
    JsonNode[] both = sameDocuments(query);
    assertEquals(both[0].get("facets"), both[1].get("facets"));
    assertEquals(both[0].get("didYouMean"), both[1].get("didYouMean"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"{!join from=id to=id}troupe", "{!lucene}*:*", "{!xmlparser v='<a/>'}"})
  void local_parameters_typed_by_a_user_are_read_as_words(String query) throws Exception {
    // No equality of didYouMean here: these made-up words have several equally close corrections.
    sameDocuments(query);
  }

  /** The embedded and the Solr answers to {@code query}, checked to hold the same documents, loosened alike. */
  private JsonNode[] sameDocuments(String query) throws Exception {
    String path = "/api/search?size=100&q=" + q(query);
    JsonNode ours = embedded.ok(path);
    JsonNode theirs = solr.ok(path);
    assertEquals(ours.get("total"), theirs.get("total"), () -> "embedded: " + reading(ours) + ", Solr: " + reading(theirs));
    assertEquals(ids(ours), ids(theirs));
    assertEquals(ours.get("relaxed"), theirs.get("relaxed"));
    assertEquals(ours.get("partial"), theirs.get("partial"));
    assertEquals(ours.get("ignored"), theirs.get("ignored"));
    assertEquals(ours.get("allWords"), theirs.get("allWords"));
    return new JsonNode[] {ours, theirs};
  }

  // What a failure message needs to tell a difference of reading from a difference of ranking.
  private static String reading(JsonNode result) {
    return "relaxed " + result.get("relaxed") + ", ignored " + result.get("ignored") + ", allWords " + result.get("allWords");
  }

  private static Set<String> ids(JsonNode result) {
    Set<String> ids = new TreeSet<>();
    result.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
    return ids;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Tokaïev annonce le départ des troupes devant le Majilis", "Kazakhstan troupes zzzyxq",
      "Kazakstan", "commiss*"})
  void the_same_document_ranks_first_on_both_backends(String query) throws Exception {
    JsonNode ours = embedded.ok("/api/search?size=1&q=" + q(query));
    JsonNode theirs = solr.ok("/api/search?size=1&q=" + q(query));
    assertEquals(ours.get("hits").get(0).get("id"), theirs.get("hits").get(0).get("id"));
  }

  @Test
  void snippets_mark_the_same_words_and_escape_the_text() throws Exception {
    JsonNode ours = embedded.ok("/api/search?size=100&q=troupes");
    JsonNode theirs = solr.ok("/api/search?size=100&q=troupes");
    for (JsonNode hit : theirs.get("hits")) {
      JsonNode same = find(ours, hit.get("id").asText());
      assertEquals(marks(same.get("snippet").asText()), marks(hit.get("snippet").asText()), hit.get("id").asText());
    }
    String markup = find(theirs, "notes/balisage.md").get("snippet").asText();
    assertTrue(markup.contains("&lt;script&gt;alert(&#x27;x&#x27;)&lt;&#x2F;script&gt;"), markup);
    assertEquals(find(ours, "notes/balisage.md").get("snippet"), find(theirs, "notes/balisage.md").get("snippet"));
    assertTrue(markup.contains("<mark>troupes</mark>"), markup);
    assertFalse(markup.contains("<script") || markup.contains("<img"), markup);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"kazakhstan/etat.txt?q=État", "notes/balisage.md?q=troupe", "kazakhstan/retrait.txt?q=occasion",
      "kazakhstan/retrait.txt"})
  void a_whole_document_is_marked_the_same(String document) throws Exception {
    assertEquals(embedded.ok("/api/documents/" + document), solr.ok("/api/documents/" + document));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Tokayev", "CSTO", "Kazakstan", "troupe", "etat", "kazakh*", "Nursultan", "troupes zzzyxq",
      "Tokaïev Loukachenko Pachinian Zelensky"})
  void each_hit_says_why_it_matched_the_same_on_both_backends(String query) throws Exception {
    String path = "/api/search?size=100&q=" + q(query);
    Map<String, JsonNode> ours = matchesById(embedded.ok(path));
    assertFalse(ours.isEmpty(), query);
    assertEquals(ours, matchesById(solr.ok(path)));
  }

  private static Map<String, JsonNode> matchesById(JsonNode result) {
    Map<String, JsonNode> matches = new TreeMap<>();
    result.get("hits").forEach(hit -> matches.put(hit.get("id").asText(), hit.get("matches")));
    return matches;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"000_f454a1a4fa1a1bb4.txt?q=Tokayev%20zzzyxq", "kazakhstan/etat.txt?q=etat"})
  void a_document_says_why_it_matches_the_same_on_both_backends(String document) throws Exception {
    JsonNode ours = embedded.ok("/api/documents/" + document);
    assertFalse(ours.get("matches").isEmpty(), document);
    assertEquals(ours.get("matches"), solr.ok("/api/documents/" + document).get("matches"));
  }

  private static JsonNode find(JsonNode result, String id) {
    for (JsonNode hit : result.get("hits")) {
      if (hit.get("id").asText().equals(id)) {
        return hit;
      }
    }
    throw new AssertionError(id + " not in " + result);
  }

  private static List<String> marks(String snippet) {
    List<String> marks = new ArrayList<>();
    Matcher mark = MARK.matcher(snippet);
    while (mark.find()) {
      marks.add(mark.group(1));
    }
    return marks.stream().sorted().toList();
  }

  @Test
  void pages_and_the_date_filter_give_the_same_hits_in_the_same_order() throws Exception {
    for (String page : List.of("page=1&size=4", "page=2&size=4", "page=4&size=4", "page=1&size=4&from=2022-01&to=2022-01",
        "page=1&size=100&from=2021-06", "page=1&size=100&to=2021-06", "page=1&size=100&folder=kazakhstan",
        "page=1&size=100&folder=rapports&from=2022-01", "page=1&size=100&folder=absent")) {
      JsonNode ours = embedded.ok("/api/search?q=troupe&" + page);
      JsonNode theirs = solr.ok("/api/search?q=troupe&" + page);
      assertEquals(ours.get("total"), theirs.get("total"), page);
      assertEquals(order(ours), order(theirs), page);
      assertEquals(ours.get("facets"), theirs.get("facets"), page);
    }
  }

  @Test
  void extracted_documents_are_found_and_read_alike() throws Exception {
    JsonNode ours = embedded.ok("/api/search?q=transhumance");
    assertEquals(2, ours.get("total").asInt());
    assertEquals(ours.get("total"), solr.ok("/api/search?q=transhumance").get("total"));
    assertEquals(order(ours), order(solr.ok("/api/search?q=transhumance")));
    JsonNode pdf = solr.ok("/api/documents/rapports/steppe.pdf");
    assertEquals(embedded.ok("/api/documents/rapports/steppe.pdf"), pdf);
    assertEquals("pdf", pdf.get("format").asText());
    assertEquals("2021-11", pdf.get("date").asText());
  }

  private static List<String> order(JsonNode result) {
    List<String> ids = new ArrayList<>();
    result.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
    return ids;
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "/api/search", "/api/search?q=%20%20", "/api/search?q=a&page=0", "/api/search?q=a&size=101",
      "/api/search?q=a&from=2022-13", "/api/search?q=a&from=2022-02&to=2022-01", "/api/search?q=a&page=2000",
      "/api/suggest", "/api/documents/absent.txt", "/api/documents/absent.txt/related", "/api/nothing-here"})
  void bad_requests_get_the_same_status_and_message(String path) throws Exception {
    Api.Answer ours = embedded.get(path);
    Api.Answer theirs = solr.get(path);
    assertTrue(theirs.status() == 400 || theirs.status() == 404, theirs.toString());
    assertEquals(ours, theirs);
  }

  @Test
  void suggestions_related_documents_and_health_answer_as_on_the_embedded_index() throws Exception {
    for (String typed : List.of("retrait des trou", "Kaz", "frigori", "l’ukr", "troupes ", "tokai", "ETA", "oeuv")) {
      assertEquals(embedded.ok("/api/suggest?q=" + q(typed)), solr.ok("/api/suggest?q=" + q(typed)), typed);
    }
    JsonNode related = solr.ok("/api/documents/kazakhstan/2022-01-discours-majilis.txt/related");
    assertEquals(5, related.get("related").size(), related.toString());
    related.get("related").forEach(r -> assertFalse(r.get("id").asText().equals("kazakhstan/2022-01-discours-majilis.txt")));
    assertEquals(embedded.ok("/health"), solr.ok("/health"));
  }
}
