package fr.trouvaille.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.trouvaille.Fixtures;
import fr.trouvaille.search.LuceneSearchEngine;
import fr.trouvaille.Http;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Why each hit matched, over the API on the shipped corpus with its synonyms: every hit of a query
 * names, for the word typed, forms of it found in that document and the rule that joined them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MatchExplanationsTest {

  private LuceneSearchEngine engine;
  private Javalin app;
  private Http http;

  @BeforeAll
  void index(@TempDir Path root) throws IOException {
    engine = Fixtures.shippedEngine(root);
    app = WebApp.create(engine).start(0);
    http = new Http(app.port());
  }

  @AfterAll
  void close() throws IOException {
    app.stop();
    engine.close();
  }

  /** The JSON answer of {@code path}. */
  private JsonNode get(String path) {
    return http.get(path).json();
  }

  /** The title and text of a document, where its forms are. */
  private String textOf(String id) {
    JsonNode document = get("/api/documents/" + q(id));
    return document.get("title").asText() + "\n" + document.get("text").asText();
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0}: every hit holds a form of it joined by {1}; {2} by {3} among them")
  @CsvSource(delimiter = '|', value = {
      "Tokayev   | exact variant               | Tokaïev    | variant",
      "CSTO      | exact variant               | OTSC       | variant",
      "Kazakstan | spelling                    | Kazakhstan | spelling",
      "troupe    | exact inflection            | troupes    | inflection",
      "etat      | accents inflection hyphen   | État       | accents",
      "kazakh*   | exact prefix variant        | kazakhe    | prefix",
      "Nursultan | exact hyphen variant        | Nur-Sultan | hyphen",
  })
  void every_hit_names_the_forms_found_and_their_rule(String query, String rules, String example, String rule) {
    JsonNode hits = get("/api/search?size=100&q=" + q(query)).get("hits");
    assertTrue(hits.size() > 0, query + " finds something");
    Set<String> allowed = Set.of(rules.split(" "));
    boolean exampleSeen = false;
    for (JsonNode hit : hits) {
      String id = hit.get("id").asText();
      JsonNode word = hit.get("matches").get(0);
      assertEquals(1, hit.get("matches").size(), id);
      assertEquals(query, word.get("word").asText());
      assertFalse(word.get("absent").asBoolean(), id + " holds " + query);
      String text = textOf(id);
      for (JsonNode form : word.get("forms")) {
        String found = form.get("form").asText();
        assertTrue(text.contains(found), id + " holds " + found);
        assertTrue(allowed.contains(form.get("rule").asText()), id + ": " + form);
        if (form.get("rule").asText().equals("variant")) {
          assertTrue(form.get("line").asInt() > 0 && form.get("synonyms").asText().contains(found), form.toString());
        }
        if (form.get("rule").asText().equals("spelling")) {
          assertTrue(form.get("edits").asInt() >= 1 && form.get("edits").asInt() <= 2, form.toString());
        }
        exampleSeen |= found.equals(example) && form.get("rule").asText().equals(rule);
      }
    }
    assertTrue(exampleSeen, query + " finds " + example + " by " + rule);
  }

  @Test
  void explain_false_leaves_matches_empty_and_the_hits_as_they_were() {
    JsonNode explained = get("/api/search?size=100&q=" + q("Tokayev troupes")).get("hits");
    JsonNode plain = get("/api/search?size=100&explain=false&q=" + q("Tokayev troupes")).get("hits");
    assertTrue(explained.size() > 0);
    assertEquals(explained.size(), plain.size());
    for (int i = 0; i < plain.size(); i++) {
      assertEquals(explained.get(i).get("id"), plain.get(i).get("id"));
      assertEquals(explained.get(i).get("snippet"), plain.get(i).get("snippet"));
      assertFalse(explained.get(i).get("matches").isEmpty());
      assertTrue(plain.get(i).get("matches").isEmpty(), plain.get(i).toString());
    }
  }

  @Test
  void a_variant_names_the_line_of_its_rule_in_the_synonyms_file() {
    JsonNode hit = get("/api/search?size=100&q=CSTO").get("hits").get(0);
    JsonNode variant = hit.get("matches").get(0).get("forms").findValues("rule").stream().anyMatch(r -> r.asText().equals("variant"))
        ? hit.get("matches").get(0).get("forms").get(0) : null;
    assertEquals(9, variant.get("line").asInt(), "corpus/synonyms.txt line 9: OTSC, ODKB, CSTO");
    assertEquals("OTSC, ODKB, CSTO", variant.get("synonyms").asText());
  }

  @Test
  void a_word_no_document_holds_is_absent_from_every_hit() {
    JsonNode hits = get("/api/search?size=100&q=" + q("troupes zzzyxq")).get("hits");
    assertTrue(hits.size() > 0);
    for (JsonNode hit : hits) {
      JsonNode matches = hit.get("matches");
      assertEquals("troupes", matches.get(0).get("word").asText());
      assertFalse(matches.get(0).get("absent").asBoolean());
      assertEquals("zzzyxq", matches.get(1).get("word").asText());
      assertTrue(matches.get(1).get("absent").asBoolean(), hit.toString());
      assertEquals(0, matches.get(1).get("forms").size());
    }
  }

  @Test
  void a_long_query_says_which_words_each_hit_lacks() {
    JsonNode hits = get("/api/search?size=100&q=" + q("Tokaïev Loukachenko Pachinian Zelensky")).get("hits");
    boolean someLack = false;
    for (JsonNode hit : hits) {
      String text = textOf(hit.get("id").asText());
      for (JsonNode word : hit.get("matches")) {
        boolean absent = word.get("absent").asBoolean();
        someLack |= absent;
        assertEquals(absent, word.get("forms").isEmpty(), word.toString());
        if (absent) {
          assertFalse(text.contains(word.get("word").asText()), hit.get("id") + " " + word);
        }
        word.get("forms").forEach(form -> assertTrue(text.contains(form.get("form").asText()), hit.get("id") + " " + form));
      }
    }
    assertTrue(someLack, "with any of four names, some hits lack some");
  }

  @Test
  void a_document_read_with_a_query_says_why_it_matches() {
    JsonNode document = get("/api/documents/" + q("000_f454a1a4fa1a1bb4.txt") + "?q=" + q("Tokayev zzzyxq"));
    JsonNode matches = document.get("matches");
    assertEquals("Tokayev", matches.get(0).get("word").asText());
    assertTrue(matches.get(0).get("forms").findValuesAsText("form").containsAll(List.of("Tokaïev", "Tokayev")),
        matches.toString());
    assertTrue(matches.get(1).get("absent").asBoolean(), matches.toString());
    assertEquals(0, get("/api/documents/" + q("000_f454a1a4fa1a1bb4.txt")).get("matches").size(), "no query, no matches");
  }
}
