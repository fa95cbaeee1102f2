package fr.trouvaille.cli;

import fr.trouvaille.analysis.SynonymsFile;
import fr.trouvaille.corpus.CorpusScanner;
import fr.trouvaille.eval.Evaluation;
import fr.trouvaille.eval.FrenchReference;
import fr.trouvaille.eval.JudgedQuery;
import fr.trouvaille.eval.MissedQueries;
import fr.trouvaille.search.Hit;
import fr.trouvaille.search.SearchEngine;
import fr.trouvaille.search.SearchRequest;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code eval}: judged queries through the search the API serves, with recall, MRR and nDCG, and the
 * same for an Elasticsearch-like reference on the same documents.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {
        "Measures the ranking on judged queries: recall@k, MRR@k and nDCG@k of the search /api/search serves.",
        "A queries.tsv holds a query, a tab, the ids of the documents that answer it. Builds the index",
        "from the corpus first if it is empty. The missed queries go to a Markdown file."})
final class EvalCommand implements Callable<Integer> {

  @Option(names = "--queries", required = true, paramLabel = "FILE", description = "The judged queries (queries.tsv).")
  Path queries;

  @Mixin IndexOptions folders;

  @Mixin SolrOptions solr;

  @Option(names = "--size", defaultValue = "10", paramLabel = "K",
      description = "Results looked at per query (the k of recall@k). Default: ${DEFAULT-VALUE}.")
  int size;

  @Option(names = "--reference", description = {
      "Also rank the same documents with Elasticsearch's french analyzer and match query (any word,",
      "BM25), in memory, and print its figures."})
  boolean reference;

  @Option(names = "--missed", defaultValue = "eval-missed.md", paramLabel = "FILE",
      description = "Where the missed queries are written. Default: ${DEFAULT-VALUE}.")
  Path missed;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (size < 1 || size > 100) {
      throw OptionChecks.fail(spec, "--size must be between 1 and 100");
    }
    if (!Files.isRegularFile(queries)) {
      throw OptionChecks.fail(spec, "--queries: no such file: " + queries);
    }
    OptionChecks.corpusFolder(spec, folders.corpus);
    PrintWriter out = spec.commandLine().getOut();
    List<JudgedQuery> judged = JudgedQuery.read(queries);
    List<Evaluation> evaluations = new ArrayList<>();
    try (Backend backend = backend(out)) {
      backend.prepare(out);
      backend.corpusIndex().requireCorpus(folders.corpus);
      if (backend.corpusIndex().documentCount() == 0) {
        Reindexing.run(backend.corpusIndex(), folders.corpus, false, out);
      }
      SearchEngine engine = backend.openSearchEngine(new SynonymsFile(folders.corpus.resolve(CorpusScanner.SYNONYMS_FILE)));
      evaluations.add(Evaluation.run("Trouvaille", judged, (query, k) -> ids(engine, query, k), size));
    }
    if (reference) {
      try (FrenchReference french = new FrenchReference(FrenchReference.documentsOf(folders.corpus))) {
        evaluations.add(Evaluation.run("Elasticsearch french match", judged, french::match, size));
      }
    }
    StringBuilder report = new StringBuilder("# Missed queries: " + queries + "\n\n");
    for (Evaluation evaluation : evaluations) {
      out.printf("%-28s %s%n", evaluation.system(), evaluation.summary().line());
      report.append(MissedQueries.markdown(evaluation, evaluations.stream().filter(e -> e != evaluation).toList()));
    }
    Files.writeString(missed, report);
    out.println("Missed queries written to " + missed);
    out.flush();
    return 0;
  }

  private static List<String> ids(SearchEngine engine, String query, int k) {
    return engine.search(new SearchRequest(query, 1, k, null, null)).hits().stream().map(Hit::id).toList();
  }

  private Backend backend(PrintWriter out) {
    return solr.enabled()
        ? new SolrBackend(solr.solr, solr.collection, ReindexCommand.DEFAULT_LAYOUT, out)
        : new EmbeddedBackend(folders.index);
  }
}
