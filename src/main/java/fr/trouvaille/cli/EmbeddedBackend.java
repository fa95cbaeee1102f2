package fr.trouvaille.cli;

import fr.trouvaille.analysis.QueryAnalysis;
import fr.trouvaille.index.CorpusIndex;
import fr.trouvaille.index.LuceneCorpusIndex;
import fr.trouvaille.search.LuceneSearchEngine;
import fr.trouvaille.search.SearchEngine;
import java.io.IOException;
import java.nio.file.Path;

/** The default backend: a Lucene index in a folder of this machine. */
final class EmbeddedBackend implements Backend {

  private final Path index;
  private final LuceneCorpusIndex corpusIndex;
  private LuceneSearchEngine engine;

  EmbeddedBackend(Path index) {
    this.index = index;
    this.corpusIndex = new LuceneCorpusIndex(index);
  }

  @Override
  public CorpusIndex corpusIndex() {
    return corpusIndex;
  }

  @Override
  public synchronized SearchEngine openSearchEngine(QueryAnalysis queryAnalysis) throws IOException {
    if (engine == null) {
      engine = new LuceneSearchEngine(index, queryAnalysis);
    }
    return engine;
  }

  @Override
  public synchronized void close() throws IOException {
    if (engine != null) {
      engine.close();
    }
  }
}
