package fr.trouvaille.browser;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.StringJoiner;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every browser test class shares: the browser corpus indexed once, the real server over it,
 * and one Chromium, started once per class and closed after it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ChromiumCondition.class)
abstract class BrowserTestCase {

  Path index;
  Browser browser;
  RunningServer server;
  SearchPage page;

  @BeforeAll
  void startBrowserAndServer(@TempDir Path root) {
    browser = Browser.start(root.resolve("profile"));
    index = RunningServer.indexCorpus(root);
    server = RunningServer.start(index);
    page = new SearchPage(browser);
  }

  @AfterAll
  void stopBrowserAndServer() throws IOException {
    try (Browser b = browser; RunningServer s = server) {
      // both closed, even if one fails
    }
  }

  /** The page's address for these parameters, e.g. {@code address("q", "troupes", "page", "2")}. */
  String address(String... namesAndValues) {
    StringJoiner query = new StringJoiner("&", "/?", "").setEmptyValue("/");
    for (int i = 0; i < namesAndValues.length; i += 2) {
      query.add(namesAndValues[i] + "=" + URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
    }
    return server.url(query.toString());
  }
}
