package fr.trouvaille.cli;

import fr.trouvaille.analysis.SynonymsFile;
import fr.trouvaille.corpus.CorpusScanner;
import fr.trouvaille.index.BackgroundReindex;
import fr.trouvaille.index.IndexHealth;
import fr.trouvaille.index.ReindexInProgressException;
import fr.trouvaille.index.Reindexer;
import fr.trouvaille.search.LuceneSearchEngine;
import fr.trouvaille.web.WebApp;
import fr.trouvaille.web.WebOptions;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service: the index (moved aside when unreadable, built when missing or empty), the
 * search engine over it, the background reindex and the web application. The composition root,
 * kept apart from the command so tests run it.
 */
final class Service implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Service.class);

  private final LuceneSearchEngine engine;
  private final BackgroundReindex background;
  private final Javalin app;

  private Service(LuceneSearchEngine engine, BackgroundReindex background, Javalin app) {
    this.engine = engine;
    this.background = background;
    this.app = app;
  }

  /** {@link #start(Path, Path, String, int, String, PrintWriter)} without reindex over HTTP. */
  static Service start(Path corpus, Path index, String host, int port, PrintWriter out)
      throws IOException, ReindexInProgressException {
    return start(corpus, index, host, port, null, out);
  }

  /**
   * Builds the index if needed, then listens on {@code host:port} (0: any free port).
   *
   * @param adminToken the token for {@code /api/reindex}; null leaves that route refusing
   */
  static Service start(Path corpus, Path index, String host, int port, String adminToken, PrintWriter out)
      throws IOException, ReindexInProgressException {
    moveAsideIfUnreadable(index, out);
    if (needsBuild(index)) {
      out.println("No index in " + index + " yet: building it from " + corpus + "…");
      out.flush();
      Reindexing.run(new Reindexer(), corpus, index, false, out);
    }
    // Synonyms are read at query time, from the corpus folder, and reloaded when the file changes.
    SynonymsFile synonyms = new SynonymsFile(corpus.resolve(CorpusScanner.SYNONYMS_FILE));
    LuceneSearchEngine engine = new LuceneSearchEngine(index, synonyms);
    BackgroundReindex background = new BackgroundReindex(new Reindexer(), corpus, index, engine::refresh);
    try {
      Javalin app = WebApp.create(engine, WebOptions.withAdmin(adminToken, background)).start(host, port);
      return new Service(engine, background, app);
    } catch (RuntimeException e) {
      engine.close(); // the port is taken, say: do not leave the index open behind us
      throw e;
    }
  }

  // A crash cannot corrupt a commit, but a disk can; the damaged copy is kept for whoever wants to look.
  private static void moveAsideIfUnreadable(Path index, PrintWriter out) throws IOException {
    Optional<String> problem = IndexHealth.problem(index);
    if (problem.isPresent()) {
      Path aside = IndexHealth.moveAside(index, ZonedDateTime.now());
      String message = "The index in " + index + " cannot be read (" + problem.get() + "). It was moved to "
          + aside + " and is rebuilt from the corpus.";
      LOG.error(message);
      out.println(message);
      out.flush();
    }
  }

  int port() {
    return app.port();
  }

  int documents() {
    return engine.documentCount();
  }

  private static boolean needsBuild(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return true;
    }
    try (Directory directory = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(directory)) {
        return true;
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        return reader.numDocs() == 0;
      }
    }
  }

  /**
   * Stops accepting requests and lets those in flight finish, abandons a background reindex before
   * its commit, then closes the index.
   */
  @Override
  public void close() throws IOException {
    app.stop();
    background.close();
    engine.close();
  }
}
