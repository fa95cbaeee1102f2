package fr.trouvaille.cli;

import fr.trouvaille.analysis.QueryAnalysis;
import fr.trouvaille.index.BackgroundReindex;
import fr.trouvaille.index.CorpusIndex;
import fr.trouvaille.index.IndexHealth;
import fr.trouvaille.index.LuceneCorpusIndex;
import fr.trouvaille.index.ReindexFailedException;
import fr.trouvaille.index.ReindexInProgressException;
import fr.trouvaille.index.ReindexJobs;
import fr.trouvaille.search.LuceneSearchEngine;
import fr.trouvaille.search.SearchEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The default backend: a Lucene index in a folder of this machine. */
final class EmbeddedBackend implements Backend {

  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBackend.class);

  private final Path index;
  private final LuceneCorpusIndex corpusIndex;
  private LuceneSearchEngine engine;
  private BackgroundReindex background;
  private boolean closed;

  EmbeddedBackend(Path index) {
    this.index = index;
    this.corpusIndex = new LuceneCorpusIndex(index);
  }

  // A crash cannot corrupt a commit, but a disk can; the damaged copy is kept for whoever wants to look.
  // Only what opening the index checks, whose cost does not grow with the index: verify() reads the rest.
  @Override
  public void prepare(PrintWriter out) throws IOException {
    Optional<String> problem = IndexHealth.problem(index);
    if (problem.isPresent()) {
      Path aside = IndexHealth.moveAside(index, ZonedDateTime.now());
      report(out, "The index in " + index + " cannot be read (" + problem.get() + "). It was moved to "
          + aside + " and is rebuilt from the corpus.");
    }
  }

  // Every byte's checksum, after the first answer: on a 50 GB index, reading it all before answering
  // would keep a restarted server silent for minutes (Elasticsearch leaves this check off for that).
  // The server answers from the damaged index until the rebuild commits; a full reindex in place
  // (OpenMode.CREATE) is what Lucene allows under open readers, and the searcher refresh picks it up.
  @Override
  public void verify(Path corpus, PrintWriter out) {
    try {
      if (isClosed()) {
        return; // stopped before the check began: its files may be going away (a test's folder, say)
      }
      long start = System.nanoTime();
      Optional<String> damage = IndexHealth.damage(index);
      if (damage.isEmpty()) {
        LOG.info("The index in {} passed its integrity check ({} ms).", index, (System.nanoTime() - start) / 1_000_000);
        return;
      }
      Path aside;
      synchronized (this) {
        if (closed) {
          return; // the server stopped meanwhile: files vanishing under a closed index are no damage
        }
        aside = IndexHealth.keepCopy(index, ZonedDateTime.now());
      }
      report(out, "The index in " + index + " cannot be read (" + damage.get() + "). Its files were kept in "
          + aside + "; it is rebuilt from the corpus, and searched as it is until then.");
      Reindexing.run(corpusIndex, corpus, true, out);
      searchEngine().refresh();
    } catch (IOException | ReindexInProgressException | ReindexFailedException | RuntimeException e) {
      if (!isClosed()) {
        LOG.error("The integrity check of the index in {} did not finish: {}", index, e.getMessage());
      }
    }
  }

  private static void report(PrintWriter out, String message) {
    LOG.error(message);
    out.println(message);
    out.flush();
  }

  private synchronized boolean isClosed() {
    return closed;
  }

  private synchronized LuceneSearchEngine searchEngine() {
    return engine;
  }

  private void refreshEngine() {
    LuceneSearchEngine open = searchEngine();
    if (open != null) {
      open.refresh();
    }
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
  public synchronized ReindexJobs reindexJobs(Path corpus) {
    if (background == null) {
      // Asked for while the engine opens (the web side starts meanwhile): refresh whatever is open then.
      background = new BackgroundReindex(corpusIndex, corpus, index, this::refreshEngine);
    }
    return background;
  }

  /** Abandons a background reindex before its commit, then closes the index. */
  @Override
  public synchronized void close() throws IOException {
    closed = true;
    if (background != null) {
      background.close();
    }
    if (engine != null) {
      engine.close();
    }
  }
}
