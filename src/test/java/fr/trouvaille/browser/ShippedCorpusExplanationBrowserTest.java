package fr.trouvaille.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.Fixtures;
import fr.trouvaille.web.WebOptions;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The line under each hit on the shipped corpus with its synonyms: variants and close spellings, in French. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ChromiumCondition.class)
class ShippedCorpusExplanationBrowserTest {

  private RunningServer server;
  private Browser browser;
  private SearchPage page;

  @BeforeAll
  void start(@TempDir Path root) throws IOException {
    server = RunningServer.start(Fixtures.shippedEngine(root), WebOptions.defaults());
    browser = Browser.start(root.resolve("profile"));
    page = new SearchPage(browser);
  }

  @AfterAll
  void stop() throws IOException {
    try (Browser b = browser; RunningServer s = server) {
      // both closed, even if one fails
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "Tokayev   | Tokayev → Tokaïev (variante connue)",
      "CSTO      | CSTO → OTSC (variante connue)",
      "Kazakstan | Kazakstan → Kazakhstan (orthographe proche)",
      "troupe    | troupe → troupes",
      "etat      | etat → État (accents)",
      "Nursultan | Nursultan → Nur-Sultan (trait d’union)",
  })
  void a_hit_found_in_another_form_says_which_and_why(String query, String line) {
    page.open(server.url("/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
    List<String> lines = page.texts("#results .hit-why");
    assertTrue(lines.stream().anyMatch(why -> why.contains(line)), lines::toString);
  }
}
