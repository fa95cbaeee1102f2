package fr.trouvaille.cli;

import fr.trouvaille.analysis.SynonymsFile;
import fr.trouvaille.corpus.CorpusScanner;
import fr.trouvaille.corpus.OriginalFiles;
import fr.trouvaille.index.ReindexFailedException;
import fr.trouvaille.index.ReindexInProgressException;
import fr.trouvaille.search.PendingSearchEngine;
import fr.trouvaille.search.SearchEngine;
import fr.trouvaille.web.WebApp;
import fr.trouvaille.web.WebOptions;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
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
    // The index opens on its own thread while the web server starts on this one: they share nothing
    // and each loads a few thousand classes, so on two cores they overlap (codes-90k: the web side
    // took 1.2 s, the index side 1.5 s, one after the other). A request that comes before the index
    // is open waits for it; one that comes while a missing index is built is told how far it is.
    FirstBuild build = new FirstBuild();
    CompletableFuture<Opened> opening = new CompletableFuture<>();
    inBackground("open-index", () -> {
      try {
        opening.complete(open(backend, corpus, build, out));
      } catch (Exception | Error e) {
        opening.completeExceptionally(e);
      }
    });
    Javalin app;
    try {
      WebOptions options = WebOptions.withAdmin(adminToken, backend.reindexJobs(corpus))
          .withOriginals(new OriginalFiles(corpus));
      // Requests wait for the engine of the opening, and fail as the start fails.
      app = WebApp.create(new PendingSearchEngine(opening.thenApply(Opened::engine), build::notReady), options)
          .start(host, port);
    } catch (RuntimeException e) {
      closeAfter(opening, backend, null, e); // the port is taken, say: do not leave the index open behind us
      throw e;
    }
    Opened opened;
    try {
      opened = get(opening);
    } catch (IOException | ReindexInProgressException | ReindexFailedException | RuntimeException e) {
      closeAfter(opening, backend, app, e);
      throw e;
    }
    // Once the server answers, an index found on disk is verified whole, after the warm-up rather
    // than against it.
    inBackground("check", () -> {
      awaitWarmUp(opened.warmUp());
      if (!opened.built()) {
        backend.verify(corpus, out);
      }
    });
    return new Service(backend, opened.engine(), app);
  }

  /** The index side of the start: the engine, whether the index was built for it, its warm-up. */
  private record Opened(SearchEngine engine, boolean built, Thread warmUp) {}

  private static Opened open(Backend backend, Path corpus, FirstBuild build, PrintWriter out)
      throws IOException, ReindexInProgressException, ReindexFailedException {
    backend.prepare(out);
    backend.corpusIndex().requireCorpus(corpus);
    boolean missing = backend.corpusIndex().documentCount() == 0;
    // An index of an older version is rebuilt before it is searched: its fields are not the ones
    // the queries read (its quoted phrases would find nothing), and its reindex would redo every file.
    boolean built = missing || backend.corpusIndex().olderFields();
    if (built) {
      out.println(missing
          ? "No index in " + backend.corpusIndex().location() + " yet: building it from " + corpus + "…"
          : "The index in " + backend.corpusIndex().location() + " was made by an older version of Trouvaille:"
              + " building it again from " + corpus + "…");
      out.flush();
      build.begin();
      try {
        Reindexing.run(backend.corpusIndex(), corpus, false, out, build);
      } finally {
        build.end();
      }
    }
    // Synonyms are read at query time, from the corpus folder, and reloaded when the file changes.
    SynonymsFile synonyms = new SynonymsFile(corpus.resolve(CorpusScanner.SYNONYMS_FILE));
    SearchEngine engine = backend.openSearchEngine(synonyms);
    // One search and one JSON answer made for nobody load the classes and fill the caches a search
    // needs (a first search took 0.16 s instead of 0.36 s, codes-90k). Run as soon as the engine is
    // open, while the web server is still starting on the other core; run on the thread that starts
    // the web server, it delayed the start as much as it saved.
    return new Opened(engine, built, inBackground("warm-up", () -> warmUp(engine)));
  }

  private static void awaitWarmUp(Thread warmUp) {
    try {
      warmUp.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  // What the index side threw, as it threw it.
  private static Opened get(Future<Opened> opening)
      throws IOException, ReindexInProgressException, ReindexFailedException {
    try {
      return uninterruptibly(opening);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      } else if (cause instanceof ReindexInProgressException busy) {
        throw busy;
      } else if (cause instanceof ReindexFailedException failed) {
        throw failed;
      } else if (cause instanceof RuntimeException runtime) {
        throw runtime;
      } else if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  private static Opened uninterruptibly(Future<Opened> opening) throws ExecutionException {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return opening.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  // The start failed: once the index side has finished (a half-opened index is still closed), stop
  // the web side if it runs and close the backend. The first failure is the one reported.
  private static void closeAfter(Future<Opened> opening, Backend backend, Javalin app, Exception failure) {
    try {
      uninterruptibly(opening);
    } catch (ExecutionException | RuntimeException ignored) {
      // the failure reported, or one that came after it
    }
    if (app != null) {
      app.stop();
    }
    try {
      backend.close();
    } catch (IOException | RuntimeException e) {
      failure.addSuppressed(e);
    }
  }

  private static Thread inBackground(String name, Runnable work) {
    Thread thread = new Thread(work, name);
    thread.setDaemon(true);
    thread.start();
    return thread;
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
