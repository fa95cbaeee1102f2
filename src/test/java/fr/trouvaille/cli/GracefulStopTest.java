package fr.trouvaille.cli;

import static fr.trouvaille.Fixtures.smallCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.Fixtures;
import fr.trouvaille.Http;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM stops {@code serve} cleanly: exit code 0, the index closed and usable. */
class GracefulStopTest {

  private static final Pattern SERVING = Pattern.compile("serves \\d+ documents at http://127.0.0.1:(\\d+)/");

  @TempDir Path corpus;
  @TempDir Path root;

  @Test
  void sigterm_stops_the_server_with_exit_code_0_and_the_index_closed() throws Exception {
    smallCorpus(corpus);
    Path index = root.resolve("index");
    try (ChildJvm child = ChildJvm.start(root, Map.of(), "serve", "--port", "0", "--corpus", corpus.toString(), "--index", index.toString())) {
      Matcher serving = SERVING.matcher(child.await(o -> SERVING.matcher(o).find(), Duration.ofSeconds(60), "serving"));
      assertTrue(serving.find());
      Http http = new Http(Integer.parseInt(serving.group(1)));
      assertEquals(3, http.get("/api/search?q=troupes").json().get("total").asInt());
      child.process().destroy(); // SIGTERM
      assertEquals(0, child.waitFor(Duration.ofSeconds(30)), child.out() + child.err());
      assertTrue(child.out().contains("Trouvaille stopped; the index is closed."), child.out() + child.err());
    }
    Fixtures.write(corpus, "apres.txt", "Écrit après l'arrêt.");
    assertEquals(1, Fixtures.reindex(corpus, index).added(), "the index is free for the next writer");
  }
}
