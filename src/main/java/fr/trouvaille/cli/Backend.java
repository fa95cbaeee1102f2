package fr.trouvaille.cli;

import fr.trouvaille.analysis.QueryAnalysis;
import fr.trouvaille.index.CorpusIndex;
import fr.trouvaille.index.ReindexJobs;
import fr.trouvaille.search.SearchEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * A search backend as the commands use it: its write side and its read side, each behind its
 * interface. The embedded Lucene index by default, a SolrCloud collection with {@code --solr}.
 */
interface Backend extends AutoCloseable {

  /** Gets the index ready before it is opened (the embedded one moves an unreadable copy aside). */
  default void prepare(PrintWriter out) throws IOException {}

  /**
   * Verifies the whole index, in the background once the server answers: damage found there is
   * reported and repaired as at start (the embedded index keeps the damaged files aside and is
   * rebuilt from {@code corpus}). Never throws.
   */
  default void verify(Path corpus, PrintWriter out) {}

  /** Where reindexes go. */
  CorpusIndex corpusIndex();

  /** Opens the search engine once; it is closed with the backend. */
  SearchEngine openSearchEngine(QueryAnalysis queryAnalysis) throws IOException;

  /**
   * Reindexes of {@code corpus} run in the server on request ({@code POST /api/reindex}); asked for
   * while {@link #openSearchEngine} may still be running on another thread. Null when this backend
   * offers none.
   */
  ReindexJobs reindexJobs(Path corpus);

  @Override
  void close() throws IOException;
}
