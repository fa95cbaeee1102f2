package fr.trouvaille.cli;

import fr.trouvaille.analysis.QueryAnalysis;
import fr.trouvaille.index.CorpusIndex;
import fr.trouvaille.search.SearchEngine;
import java.io.IOException;

/**
 * A search backend as the commands use it: its write side and its read side, each behind its
 * interface. The embedded Lucene index by default, a SolrCloud collection with {@code --solr}.
 */
interface Backend extends AutoCloseable {

  /** Where reindexes go. */
  CorpusIndex corpusIndex();

  /** Opens the search engine once; it is closed with the backend. */
  SearchEngine openSearchEngine(QueryAnalysis queryAnalysis) throws IOException;

  @Override
  void close() throws IOException;
}
