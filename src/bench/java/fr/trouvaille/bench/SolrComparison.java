package fr.trouvaille.bench;

import fr.trouvaille.analysis.SynonymsFile;
import fr.trouvaille.corpus.CorpusScanner;
import fr.trouvaille.index.CorpusIndex;
import fr.trouvaille.index.LuceneCorpusIndex;
import fr.trouvaille.index.ReindexListener;
import fr.trouvaille.index.ReindexReport;
import fr.trouvaille.search.LuceneSearchEngine;
import fr.trouvaille.solr.SolrCluster;
import fr.trouvaille.solr.SolrCorpusIndex;
import fr.trouvaille.solr.SolrSearchEngine;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code bench --solr}: one corpus indexed into a new embedded index and into a SolrCloud collection
 * ({@code --full}), then the same queries on both through the {@code SearchEngine} interface, in
 * the same run, as one Markdown table.
 */
final class SolrComparison {

  /** What people would ask of French legal codes and press: words, names, phrases, a prefix, typos, an exclusion. */
  static final List<String> QUERIES = List.of(
      "contrat", "responsabilité civile", "délai de prescription", "société anonyme", "travail dissimulé",
      "propriété intellectuelle", "mariage", "bail commercial", "impôt sur le revenu", "\"ordre public\"",
      "assur*", "responsabilite", "prescripton acquisitive", "salarié licenciement", "collectivités territoriales",
      "santé publique -pharmacie", "environnement eau", "procédure pénale garde à vue", "État", "Conseil d'État");

  private final SolrCluster cluster;
  private final String collection;
  private final SolrCorpusIndex.Layout layout;
  private final SearchBenchmark benchmark;
  private final PrintWriter out;

  SolrComparison(SolrCluster cluster, String collection, SolrCorpusIndex.Layout layout, SearchBenchmark benchmark,
      PrintWriter out) {
    this.cluster = cluster;
    this.collection = collection;
    this.layout = layout;
    this.benchmark = benchmark;
    this.out = out;
  }

  /** Indexes and measures {@code corpus} on both backends, and prints the table. */
  void run(BenchCorpus corpus, Path work) throws Exception {
    Path index = Files.createDirectories(work.resolve("solr-comparison").resolve(corpus.name()));
    SynonymsFile synonyms = new SynonymsFile(corpus.folder().resolve(CorpusScanner.SYNONYMS_FILE));
    ReindexReport lucene = indexed(corpus, "the embedded index", new LuceneCorpusIndex(index));
    ReindexReport solr = indexed(corpus, "SolrCloud", new SolrCorpusIndex(cluster, collection, layout,
        note -> out.println("  " + note)));
    out.printf("%n| %s | documents | index (s) | documents/s | p50 (ms) | p95 (ms) | p99 (ms) | mean (ms) | queries/s, %d threads |%n",
        corpus.name(), benchmark.threads());
    out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
    try (LuceneSearchEngine engine = new LuceneSearchEngine(index, synonyms)) {
      row("embedded Lucene", lucene, benchmark.run(engine));
    }
    row(String.format("SolrCloud, %d shards × %d replicas", layout.shards(), layout.replicas()), solr,
        benchmark.run(new SolrSearchEngine(cluster, collection, synonyms)));
    out.println();
    out.flush();
  }

  private ReindexReport indexed(BenchCorpus corpus, String name, CorpusIndex target) throws Exception {
    out.printf("[%s] indexing into %s…%n", corpus.name(), name);
    out.flush();
    ReindexReport report = target.reindex(corpus.folder(), true, ReindexListener.NONE);
    out.println("  " + report.summary());
    out.flush();
    return report;
  }

  private void row(String backend, ReindexReport index, SearchBenchmark.Figures figures) {
    double seconds = index.took().toMillis() / 1000.0;
    out.printf(java.util.Locale.ROOT, "| %s | %d | %.1f | %.0f | %.1f | %.1f | %.1f | %.1f | %.1f |%n", backend,
        index.documents(), seconds, index.documents() / Math.max(seconds, 0.001), figures.p50Millis(),
        figures.p95Millis(), figures.p99Millis(), figures.meanMillis(), figures.queriesPerSecond());
    out.flush();
  }
}
