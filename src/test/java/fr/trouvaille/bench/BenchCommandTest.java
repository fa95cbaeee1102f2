package fr.trouvaille.bench;

import static fr.trouvaille.Fixtures.smallCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchCommandTest {

  @TempDir Path corpus;
  @TempDir Path out;

  @Test
  void a_short_bench_on_a_small_corpus_writes_its_figures_as_json_and_markdown() throws Exception {
    smallCorpus(corpus);
    StringWriter stdout = new StringWriter();
    CommandLine cli = new CommandLine(new BenchCommand());
    cli.setOut(new PrintWriter(stdout));
    StringWriter progress = new StringWriter();
    cli.setErr(new PrintWriter(progress));
    int code = cli.execute("--corpus-set", "shipped", "--shipped", corpus.toString(), "--out", out.toString(),
        "--seconds", "0.3", "--warmup", "0.3", "--levels", "1,2", "--explain-pairs", "3");
    assertEquals(0, code, stdout.toString());

    JsonNode shipped = new ObjectMapper().readTree(out.resolve("bench.json").toFile()).path("corpora").path(0);
    assertEquals(4, shipped.path("indexing").path("documents").asInt());
    assertTrue(shipped.path("indexing").path("ratio").asDouble() > 0);
    // Whole processes: a JVM's own start and resident memory are in the figures.
    assertTrue(shipped.path("indexing").path("oursPeakMegabytes").asDouble() > 30, shipped.toString());
    assertTrue(shipped.path("indexing").path("referencePeakMegabytes").asDouble() > 30, shipped.toString());
    assertTrue(shipped.path("indexing").path("oursCpuSeconds").asDouble() > 0.2, shipped.toString());
    assertTrue(shipped.path("reference").path("requests").asLong() > 0);
    assertEquals(2, shipped.path("http").size());
    JsonNode oneClient = shipped.path("http").path(0);
    assertTrue(oneClient.path("saturated").path("requests").asLong() > 0, oneClient.toString());
    assertEquals(0, oneClient.path("saturated").path("errors").asLong(), oneClient.toString());
    assertTrue(shipped.path("startToFirstAnswerSeconds").asDouble() > 0);
    // The same server asked with and without explanations, both answered and measured.
    JsonNode explanations = shipped.path("explanations");
    assertEquals(3, explanations.path("pairs").asInt(), explanations.toString());
    assertTrue(explanations.path("searchesWith").asLong() > 0 && explanations.path("searchesWithout").asLong() > 0,
        explanations.toString());
    assertTrue(explanations.path("cpuMsWith").asDouble() > 0, explanations.toString());
    assertEquals(3, explanations.path("pairCosts").size(), explanations.toString());
    assertTrue(stdout.toString().contains("**Explanations**"), stdout.toString());
    assertTrue(Files.readString(out.resolve("bench.md")).contains("| shipped | 3 |"));
    assertTrue(stdout.toString().contains("**Indexing**"), stdout.toString());
    assertTrue(progress.toString().contains("server warmed up in"), progress.toString());

    Path again = out.resolve("again");
    CommandLine render = new CommandLine(new BenchCommand());
    render.setOut(new PrintWriter(new StringWriter()));
    assertEquals(0, render.execute("--render", out.resolve("bench.json").toString(), "--out", again.toString()));
    assertEquals(Files.readString(out.resolve("bench.md")), Files.readString(again.resolve("bench.md")));
  }
}
