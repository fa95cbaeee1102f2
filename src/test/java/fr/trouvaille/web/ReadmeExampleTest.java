package fr.trouvaille.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.trouvaille.Fixtures;
import fr.trouvaille.analysis.SynonymsFile;
import fr.trouvaille.search.LuceneSearchEngine;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's request ("One request"), sent to the service over the shipped corpus: the answer has
 * the fields, total, facets and first hit the README shows (not the score, time or snippet).
 */
class ReadmeExampleTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern REQUEST = Pattern.compile("curl 'http://127\\.0\\.0\\.1:7070(/api/search\\?[^']+)'");
  private static final Pattern ANSWER = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL);

  @Test
  void the_readme_request_gets_the_answer_the_readme_shows(@TempDir Path root) throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    Matcher request = REQUEST.matcher(readme);
    Matcher answer = ANSWER.matcher(readme);
    assertTrue(request.find() && answer.find(), "the README shows a request and its JSON answer");
    JsonNode shown = JSON.readTree(answer.group(1));
    Path corpus = Fixtures.copyOfShippedCorpus(root.resolve("corpus"));
    Fixtures.reindex(corpus, root.resolve("index"));
    // As `serve` runs it: with the corpus's synonyms (Tokaiev, Tokaïev, Tokayev).
    try (LuceneSearchEngine engine = new LuceneSearchEngine(root.resolve("index"), new SynonymsFile(corpus.resolve("synonyms.txt")))) {
      JavalinTest.test(WebApp.create(engine), (server, client) -> {
        JsonNode got = JSON.readTree(client.get(request.group(1)).body().string());
        assertEquals(names(shown), names(got), "the fields of the answer");
        assertEquals(names(shown.get("hits").get(0)), names(got.get("hits").get(0)), "the fields of a hit");
        for (String field : List.of("query", "total", "totalExact", "page", "size", "facets", "relaxed", "didYouMean", "partial")) {
          assertEquals(shown.get(field), got.get(field), field);
        }
        assertEquals(shown.get("hits").size(), got.get("hits").size(), "hits");
        for (String field : List.of("id", "title", "date")) {
          assertEquals(shown.get("hits").get(0).get(field), got.get("hits").get(0).get(field), "first hit's " + field);
        }
      });
    }
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
