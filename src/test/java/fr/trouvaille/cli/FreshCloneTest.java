package fr.trouvaille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command on what a fresh clone has: the shipped corpus and index/ with its README. */
class FreshCloneTest {

  private static final Pattern SERVING = Pattern.compile("serves (\\d+) documents at http://127.0.0.1:(\\d+)/");

  @TempDir Path clone;
  @TempDir Path logs;

  @Test
  void serve_on_a_fresh_clone_builds_the_index_quietly_and_leaves_the_index_readme_in_place() throws Exception {
    Folders.copy(Path.of("corpus"), clone.resolve("corpus"));
    Files.createDirectories(clone.resolve("index"));
    Files.copy(Path.of("index", "README.md"), clone.resolve("index/README.md"));
    String readme = Files.readString(clone.resolve("index/README.md"));

    try (ChildJvm child = ChildJvm.startIn(clone, logs, Map.of(), "serve", "--port", "0")) {
      String output = child.await(o -> SERVING.matcher(o).find(), Duration.ofSeconds(90), "serving");
      Matcher serving = SERVING.matcher(output);
      assertTrue(serving.find());
      assertTrue(Integer.parseInt(serving.group(1)) > 0, output);
      assertEquals(200, new Http(Integer.parseInt(serving.group(2))).get("/api/search?q=troupes").status());
      for (String line : (child.out() + "\n" + child.err()).split("\n")) {
        assertFalse(line.contains("ERROR") || line.contains("WARN"), "no error or warning on a first start: " + line);
      }
    }
    assertEquals(readme, Files.readString(clone.resolve("index/README.md")), "the folder's README stays");
    try (Stream<Path> top = Files.list(clone)) {
      assertTrue(top.noneMatch(p -> p.getFileName().toString().startsWith("index.corrupt-")), "nothing moved aside");
    }
  }
}
