package fr.trouvaille.cli;

import fr.trouvaille.analysis.SynonymsFile;
import fr.trouvaille.bench.SearchBenchmark;
import fr.trouvaille.corpus.CorpusScanner;
import fr.trouvaille.index.CorpusIndex;
import fr.trouvaille.index.LuceneCorpusIndex;
import fr.trouvaille.index.ReindexListener;
import fr.trouvaille.index.ReindexReport;
import fr.trouvaille.search.LuceneSearchEngine;
import fr.trouvaille.search.SearchEngine;
import fr.trouvaille.solr.SolrCluster;
import fr.trouvaille.solr.SolrCorpusIndex;
import fr.trouvaille.solr.SolrSearchEngine;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bench}: the same corpus and queries on the embedded index and on a SolrCloud collection, side by side. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {
        "Indexes a corpus into a new embedded index and into a SolrCloud collection (--full), then measures",
        "search latency (one search at a time) and throughput (several threads) on both in the same run."})
final class BenchCommand implements Callable<Integer> {

  /** What people would ask of French legal codes and press: words, names, phrases, a prefix, a typo, an exclusion. */
  static final List<String> QUERIES = List.of(
      "contrat", "responsabilité civile", "délai de prescription", "société anonyme", "travail dissimulé",
      "propriété intellectuelle", "mariage", "bail commercial", "impôt sur le revenu", "\"ordre public\"",
      "assur*", "responsabilite", "prescripton acquisitive", "salarié licenciement", "collectivités territoriales",
      "santé publique -pharmacie", "environnement eau", "procédure pénale garde à vue", "État", "Conseil d'État");

  @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "Folder of documents to index and search.")
  Path corpus;

  @Option(names = "--solr", required = true, split = ",", paramLabel = "URL", description = "SolrCloud nodes' base URLs.")
  List<String> solr;

  @Option(names = "--collection", defaultValue = "trouvaille-bench", description = "Collection alias. Default: ${DEFAULT-VALUE}.")
  String collection;

  @Option(names = "--shards", defaultValue = "2", description = "Default: ${DEFAULT-VALUE}.")
  int shards;

  @Option(names = "--replicas", defaultValue = "1", description = "Default: ${DEFAULT-VALUE}.")
  int replicas;

  @Option(names = "--rounds", defaultValue = "5", description = "Times each query is timed alone. Default: ${DEFAULT-VALUE}.")
  int rounds;

  @Option(names = "--threads", defaultValue = "4", description = "Concurrent searchers. Default: ${DEFAULT-VALUE}.")
  int threads;

  @Option(names = "--seconds", defaultValue = "20", description = "Length of the throughput run. Default: ${DEFAULT-VALUE}.")
  int seconds;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    SearchBenchmark benchmark = new SearchBenchmark(QUERIES, rounds, threads, Duration.ofSeconds(seconds));
    Path index = Files.createTempDirectory("trouvaille-bench-index");
    SynonymsFile synonyms = new SynonymsFile(corpus.resolve(CorpusScanner.SYNONYMS_FILE));
    try (SolrCluster cluster = new SolrCluster(solr)) {
      ReindexReport lucene = timed(out, "embedded", new LuceneCorpusIndex(index));
      ReindexReport solrReport = timed(out, "solr", new SolrCorpusIndex(cluster, collection,
          new SolrCorpusIndex.Layout(shards, replicas), note -> out.println("  " + note)));
      out.printf("%n| backend | documents | index (s) | documents/s | p50 (ms) | p95 (ms) | p99 (ms) | mean (ms) | queries/s, %d threads |%n", threads);
      out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
      try (LuceneSearchEngine engine = new LuceneSearchEngine(index, synonyms)) {
        row(out, "embedded Lucene", lucene, benchmark.run(engine));
      }
      SearchEngine engine = new SolrSearchEngine(cluster, collection, synonyms);
      row(out, String.format("SolrCloud, %d shards × %d replicas", shards, replicas), solrReport, benchmark.run(engine));
    } finally {
      deleteTree(index);
    }
    out.flush();
    return 0;
  }

  private ReindexReport timed(PrintWriter out, String name, CorpusIndex target) throws Exception {
    out.printf("Indexing %s into %s…%n", corpus, name);
    out.flush();
    ReindexReport report = target.reindex(corpus, true, ReindexListener.NONE);
    out.println("  " + report.summary());
    out.flush();
    return report;
  }

  private static void row(PrintWriter out, String backend, ReindexReport index, SearchBenchmark.Figures figures) {
    double seconds = index.took().toMillis() / 1000.0;
    out.printf("| %s | %d | %.1f | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f |%n", backend, index.documents(), seconds,
        index.documents() / Math.max(seconds, 0.001), figures.p50Millis(), figures.p95Millis(), figures.p99Millis(),
        figures.meanMillis(), figures.queriesPerSecond());
    out.flush();
  }

  private static void deleteTree(Path root) throws java.io.IOException {
    try (var paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths.sorted(java.util.Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(path);
      }
    }
  }
}
