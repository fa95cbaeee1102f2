package fr.trouvaille.cli;

import fr.trouvaille.analysis.SynonymsFile;
import fr.trouvaille.corpus.CorpusScanner;
import fr.trouvaille.index.LuceneCorpusIndex;
import fr.trouvaille.search.InvalidQueryException;
import fr.trouvaille.search.LuceneSearchEngine;
import fr.trouvaille.search.SearchRequest;
import fr.trouvaille.search.SearchResult;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code search}: the hits of one query, in the terminal, from the embedded index. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {
        "Prints the documents that match a query, best first, as the search page would list them.",
        "Exit code 1 when nothing matches."})
final class SearchCommand implements Callable<Integer> {

  /** Exit code when the search ran and found nothing, as grep does. */
  static final int NO_MATCH = 1;

  @Parameters(index = "0", paramLabel = "QUERY", description = "The words to look for, as typed in the search box.")
  String query;

  @Mixin IndexOptions folders;

  @Option(names = "--size", defaultValue = "10", paramLabel = "N", description = "Hits to print, 1 to 100. Default: ${DEFAULT-VALUE}.")
  int size;

  @Option(names = "--from", paramLabel = "YYYY-MM", description = "Only documents of this month or later.")
  YearMonth from;

  @Option(names = "--to", paramLabel = "YYYY-MM", description = "Only documents of this month or earlier.")
  YearMonth to;

  @Option(names = "--json", description = "Print the JSON of GET /api/search instead.")
  boolean json;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    SearchRequest request = request();
    requireIndex();
    PrintWriter out = spec.commandLine().getOut();
    // Synonyms live in the corpus folder, as for the server; no file means no synonyms.
    SynonymsFile synonyms = new SynonymsFile(folders.corpus.resolve(CorpusScanner.SYNONYMS_FILE));
    SearchResult result;
    try (LuceneSearchEngine engine = new LuceneSearchEngine(folders.index, synonyms)) {
      result = engine.search(request);
    } catch (InvalidQueryException e) {
      throw OptionChecks.fail(spec, "QUERY cannot be run: " + e.getMessage());
    }
    if (json) {
      out.println(new JavalinJackson().toJsonString(result, SearchResult.class));
    } else {
      new HitList(System.console() != null).print(result, out);
    }
    out.flush();
    return result.total() == 0 ? NO_MATCH : 0;
  }

  private SearchRequest request() {
    if (query.isBlank()) {
      throw OptionChecks.fail(spec, "QUERY is empty: give the words to look for.");
    }
    if (size < 1 || size > 100) {
      throw OptionChecks.fail(spec, "--size " + size + " is out of range: give a number from 1 to 100.");
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw OptionChecks.fail(spec, "--from " + from + " is after --to " + to + ": swap them.");
    }
    return new SearchRequest(query.strip(), 1, size, from, to);
  }

  // The same count serve uses to decide whether to build: no commit, or no document, is no index yet.
  private void requireIndex() throws IOException {
    if (new LuceneCorpusIndex(folders.index).documentCount() == 0) {
      throw OptionChecks.fail(spec, "--index " + folders.index + " holds no index yet: run 'trouvaille reindex' first.");
    }
  }
}
