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

  /** Where reindexes go. */
  CorpusIndex corpusIndex();

  /** Opens the search engine once; it is closed with the backend. */
  SearchEngine openSearchEngine(QueryAnalysis queryAnalysis) throws IOException;

  /**
   * Reindexes of {@code corpus} run in the server on request ({@code POST /api/reindex}), after
   * {@link #openSearchEngine}; null when this backend offers none.
   */
  ReindexJobs reindexJobs(Path corpus);

  @Override
  void close() throws IOException;
}
