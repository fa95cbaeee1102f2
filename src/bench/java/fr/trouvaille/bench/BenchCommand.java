package fr.trouvaille.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The benchmark, against bare Lucene, in one command. It ships in its own jar
 * ({@code target/trouvaille-bench.jar}, beside the product's), so the product carries none of it.
 */
@Command(name = "trouvaille-bench", mixinStandardHelpOptions = true,
    description = {
        "Measures indexing and search of each corpus against bare Lucene, and writes the report.",
        "Indexes each corpus with the reindex and with a bare Lucene loop, starts the server on the index",
        "and drives GET /api/search over loopback at several concurrency levels, next to the same queries",
        "in process on bare Lucene. Writes bench.json and bench.md to --out."})
public final class BenchCommand implements Callable<Integer> {

  @Option(names = "--corpus-set", defaultValue = "quick", paramLabel = "SET",
      description = "quick (shipped, codes-10k), full (all), growth (codes-90k, codes-4x, codes-11x: the legal codes "
          + "1, 4 and 11 times), or a comma-separated list of: ${COMPLETION-CANDIDATES}. "
          + "Default: ${DEFAULT-VALUE}.", completionCandidates = CorpusNames.class)
  String corpusSet;

  @Option(names = "--seconds", defaultValue = "2", description = "Length of each measured phase. Default: ${DEFAULT-VALUE}.")
  double seconds;

  @Option(names = "--warmup",
      description = "Length of each warm-up round, in seconds: rounds go on until the JIT compilers spend under 5 %% "
          + "of a round (about a minute of load for the server on 2 cores), 12 rounds at most. Default: as --seconds, at least 5.")
  Double warmup;

  @Option(names = "--levels", defaultValue = "1,2,8", split = ",", description = "Concurrent clients. Default: ${DEFAULT-VALUE}.")
  List<Integer> levels;

  @Option(names = "--rounds", defaultValue = "" + IndexingBench.ROUNDS, paramLabel = "N",
      description = "Runs of each indexing, ours and the reference's in turn; the median counts (one run moved by up "
          + "to 15 %% from the next). Default: ${DEFAULT-VALUE}; 1 for the growth set's hour-long runs.")
  int rounds;

  @Option(names = "--paced", defaultValue = "0.75",
      description = "Rate of the paced phase, as a fraction of the back-to-back throughput. Default: ${DEFAULT-VALUE}.")
  double paced;

  @Option(names = "--explain-pairs", defaultValue = "12", paramLabel = "N",
      description = "Rounds of each kind, with explanations and with explain=false, in turn, each a quarter of --seconds "
          + "(0.5 s at least), that measure what explaining the hits costs the server, judged by the median of the "
          + "pairs (0: skip). Default: ${DEFAULT-VALUE}.")
  int explainPairs;

  @Option(names = "--server-jvm-args", defaultValue = "", paramLabel = "ARGS",
      description = "Options for the server's JVM, space-separated, e.g. \"-Xmx512m\". Default: none.")
  String serverJvmArgs;

  @Option(names = "--wait-quiet", defaultValue = "0", paramLabel = "SECONDS",
      description = "Before each corpus, wait up to this long for other processes to leave the CPU (shared "
          + "machines). Default: ${DEFAULT-VALUE}.")
  double waitQuiet;

  @Option(names = "--gzip", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Clients accept gzip answers, as browsers do (--no-gzip: as curl does). Default: ${DEFAULT-VALUE}.")
  boolean gzip;

  @Option(names = "--data", defaultValue = "../shared/bench", paramLabel = "DIR",
      description = "Folder of the bench corpus archives (*.tar.gz). Default: ${DEFAULT-VALUE}.")
  Path data;

  @Option(names = "--shipped", defaultValue = "corpus", paramLabel = "DIR", description = "The shipped corpus. Default: ${DEFAULT-VALUE}.")
  Path shipped;

  @Option(names = "--out", defaultValue = "target/bench", paramLabel = "DIR", description = "Where the report goes. Default: ${DEFAULT-VALUE}.")
  Path outDir;

  @Option(names = "--render", paramLabel = "JSON",
      description = "Measure nothing: write bench.md again from a bench.json (after a change to the tables).")
  Path render;

  @Option(names = "--solr", split = ",", paramLabel = "URL",
      description = "SolrCloud nodes' base URLs: instead of the benchmark above, index each corpus into the embedded "
          + "index and into a SolrCloud collection, and measure the same searches on both (--seconds of load "
          + "at the highest of --levels).")
  List<String> solr;

  @Option(names = "--collection", defaultValue = "trouvaille-bench", description = "With --solr: the alias. Default: ${DEFAULT-VALUE}.")
  String collection;

  @Option(names = "--shards", defaultValue = "2", description = "With --solr. Default: ${DEFAULT-VALUE}.")
  int shards;

  @Option(names = "--replicas", defaultValue = "1", description = "With --solr. Default: ${DEFAULT-VALUE}.")
  int replicas;

  @Spec CommandSpec spec;

  /** {@code java -jar target/trouvaille-bench.jar [options]}. */
  public static void main(String[] args) {
    System.exit(new CommandLine(new BenchCommand()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (render != null) {
      BenchReport report = new ObjectMapper().readValue(render.toFile(), BenchReport.class);
      Benchmark.write(report, outDir);
      spec.commandLine().getOut().print(MarkdownReport.of(report));
      spec.commandLine().getOut().flush();
      return 0;
    }
    List<String> names = switch (corpusSet) {
      case "quick" -> Corpora.QUICK;
      case "full" -> Corpora.ALL;
      case "growth" -> Corpora.GROWTH;
      default -> Arrays.stream(corpusSet.split(",")).map(String::strip).toList();
    };
    if (solr != null && !solr.isEmpty()) {
      return compareWithSolr(names);
    }
    BenchSettings settings = new BenchSettings(seconds, warmup == null ? Math.max(5, seconds) : warmup, levels, paced,
        serverJvmArgs.isBlank() ? List.of() : List.of(serverJvmArgs.strip().split("\\s+")), waitQuiet, gzip,
        QuerySet.STANDARD, explainPairs, rounds);
    // The unpacked corpora and the indexes go to a temporary folder, never into the project.
    Path work = Files.createTempDirectory("trouvaille-bench-");
    // Ctrl-C must not leave a server running or gigabytes of unpacked corpora behind.
    Thread cleanUp = new Thread(() -> {
      ProcessHandle.current().descendants().forEach(ProcessHandle::destroy);
      try {
        Folders.delete(work);
      } catch (IOException e) {
        System.err.println("Could not delete " + work + ": " + e.getMessage());
      }
    }, "bench-clean-up");
    Runtime.getRuntime().addShutdownHook(cleanUp);
    PrintWriter progress = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    try {
      BenchReport report = new Benchmark(new Corpora(shipped, data, work), settings, work, progress).run(names, outDir);
      out.print(MarkdownReport.of(report));
      out.println("\nWritten: " + outDir.resolve("bench.md") + ", " + outDir.resolve("bench.json"));
      out.flush();
    } finally {
      Folders.delete(work);
      Runtime.getRuntime().removeShutdownHook(cleanUp);
    }
    return 0;
  }

  private int compareWithSolr(List<String> names) throws Exception {
    Path work = Files.createTempDirectory("trouvaille-bench-");
    int threads = levels.stream().mapToInt(Integer::intValue).max().orElse(4);
    SearchBenchmark benchmark = new SearchBenchmark(SolrComparison.QUERIES, 5, threads,
        java.time.Duration.ofMillis(Math.round(seconds * 1000)));
    try (fr.trouvaille.solr.SolrCluster cluster = new fr.trouvaille.solr.SolrCluster(solr)) {
      SolrComparison comparison = new SolrComparison(cluster, collection,
          new fr.trouvaille.solr.SolrCorpusIndex.Layout(shards, replicas), benchmark, spec.commandLine().getOut());
      Corpora corpora = new Corpora(shipped, data, work);
      for (String name : names) {
        comparison.run(corpora.get(name), work);
      }
    } finally {
      Folders.delete(work);
    }
    return 0;
  }

  /** The corpus names, for the help text. */
  static final class CorpusNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Corpora.ALL.iterator();
    }
  }
}
