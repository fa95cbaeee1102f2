package fr.trouvaille.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.trouvaille.Fixtures;
import fr.trouvaille.analysis.SynonymsFile;
import fr.trouvaille.search.LuceneSearchEngine;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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

  private static final ObjectMapper JSON = new ObjectMapper();

  private LuceneSearchEngine engine;

  @BeforeAll
  void index(@TempDir Path root) throws IOException {
    Path corpus = Fixtures.copyOfShippedCorpus(root.resolve("corpus"));
    Fixtures.reindex(corpus, root.resolve("index"));
    engine = new LuceneSearchEngine(root.resolve("index"), new SynonymsFile(corpus.resolve("synonyms.txt")));
  }

  @AfterAll
  void close() throws IOException {
    engine.close();
  }

  /** The hits of {@code query}, all of them (the shipped corpus is small). */
  private JsonNode search(String query) {
    List<JsonNode> answer = new ArrayList<>();
    JavalinTest.test(WebApp.create(engine), (server, client) -> answer.add(JSON.readTree(client.get(
        "/api/search?size=100&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)).body().string())));
    return answer.get(0);
  }

  @ParameterizedTest(name = "{0}: every hit finds it by rule {1}, {2} among them")
  @CsvSource(delimiter = '|', value = {
      "Tokayev   | variant    | Tokaïev",
      "CSTO      | variant    | OTSC",
      "Kazakstan | spelling   | Kazakhstan",
      "troupe    | inflection | troupes",
      "etat      | accents    | État",
      "kazakh*   | prefix     | kazakhe",
      "Nursultan | hyphen     | Nur-Sultan",
  })
  void every_hit_names_the_form_found_and_its_rule(String query, String rule, String example) {
    JsonNode result = search(query);
    assertTrue(result.get("hits").size() > 0, query + " finds something");
    System.out.println(query + " " + result.get("relaxed") + " " + result.get("hits").size());
    boolean exampleSeen = false;
    for (JsonNode hit : result.get("hits")) {
      JsonNode word = hit.get("matches").get(0);
      System.out.println("  " + hit.get("id").asText() + " " + word);
      assertEquals(query, word.get("word").asText());
      assertFalse(word.get("absent").asBoolean(), hit.get("id") + " holds " + query);
      for (JsonNode form : word.get("forms")) {
        exampleSeen |= form.get("form").asText().equals(example) && form.get("rule").asText().equals(rule);
      }
    }
    assertTrue(exampleSeen, query + " finds " + example + " by " + rule);
  }
}
