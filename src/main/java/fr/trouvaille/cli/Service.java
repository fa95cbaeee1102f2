package fr.trouvaille.cli;

import fr.trouvaille.analysis.SynonymsFile;
import fr.trouvaille.corpus.CorpusScanner;
import fr.trouvaille.corpus.OriginalFiles;
import fr.trouvaille.index.ReindexFailedException;
import fr.trouvaille.index.ReindexInProgressException;
import fr.trouvaille.search.SearchEngine;
import fr.trouvaille.web.WebApp;
import fr.trouvaille.web.WebOptions;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running service: the index (moved aside when it does not open, built when missing or empty,
 * verified whole once the server answers), the search engine over it, the background reindex and
 * the web application. The composition root,
 * kept apart from the command so tests run it; it sees the backend through its interfaces only.
 */
final class Service implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Service.class);

  private final Backend backend;
  private final SearchEngine engine;
  private final Javalin app;

  private Service(Backend backend, SearchEngine engine, Javalin app) {
    this.backend = backend;
    this.engine = engine;
    this.app = app;
  }

  /** {@link #start(Path, Path, String, int, String, PrintWriter)} without reindex over HTTP. */
  static Service start(Path corpus, Path index, String host, int port, PrintWriter out)
      throws IOException, ReindexInProgressException, ReindexFailedException {
    return start(corpus, index, host, port, null, out);
  }

  /** The embedded backend over the index folder {@code index}. */
  static Service start(Path corpus, Path index, String host, int port, String adminToken, PrintWriter out)
      throws IOException, ReindexInProgressException, ReindexFailedException {
    return start(new EmbeddedBackend(index), corpus, host, port, adminToken, out);
  }

  /**
   * Builds the index if it is empty, then listens on {@code host:port} (0: any free port). Closes
   * {@code backend} when it cannot start.
   *
   * @param adminToken the token for {@code /api/reindex}; null leaves that route refusing
   */
  static Service start(Backend backend, Path corpus, String host, int port, String adminToken, PrintWriter out)
      throws IOException, ReindexInProgressException, ReindexFailedException {
    try {
      backend.prepare(out);
      backend.corpusIndex().requireCorpus(corpus);
      boolean built = backend.corpusIndex().documentCount() == 0;
      if (built) {
        out.println("No index in " + backend.corpusIndex().location() + " yet: building it from " + corpus + "…");
        out.flush();
        Reindexing.run(backend.corpusIndex(), corpus, false, out);
      }
      // Synonyms are read at query time, from the corpus folder, and reloaded when the file changes.
      SynonymsFile synonyms = new SynonymsFile(corpus.resolve(CorpusScanner.SYNONYMS_FILE));
      SearchEngine engine = backend.openSearchEngine(synonyms);
      WebOptions options = WebOptions.withAdmin(adminToken, backend.reindexJobs(corpus))
          .withOriginals(new OriginalFiles(corpus));
      Javalin app = WebApp.create(engine, options).start(host, port);
      // Once listening, one search and one JSON answer made for nobody load the classes and fill the
      // caches a search needs: a first search 3 s after start took 0.16 s instead of 0.36 s (90k legal
      // codes). Done before listening, on two cores, it delayed the start as much as it saved.
      // Then an index found on disk is verified whole, after the warm-up rather than against it.
      inBackground("warm-up-and-check", () -> {
        warmUp(engine);
        if (!built) {
          backend.verify(corpus, out);
        }
      });
      return new Service(backend, engine, app);
    } catch (IOException | ReindexInProgressException | ReindexFailedException | RuntimeException e) {
      backend.close(); // the port is taken, say: do not leave the index open behind us
      throw e;
    }
  }

  private static void inBackground(String name, Runnable work) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    thread.start();
  }

  private static void warmUp(SearchEngine engine) {
    try {
      WebApp.warmUp();
      engine.warmUp();
    } catch (RuntimeException e) {
      LOG.debug("warm-up failed; only the first request is slower for it", e);
    }
  }

  int port() {
    return app.port();
  }

  int documents() {
    return engine.documentCount();
  }

  /**
   * Stops accepting requests and lets those in flight finish, then closes the backend (the embedded
   * one abandons a background reindex before its commit, then closes the index).
   */
  @Override
  public void close() throws IOException {
    app.stop();
    backend.close();
  }
}
