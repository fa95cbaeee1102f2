package fr.trouvaille.browser;

import fr.trouvaille.Fixtures;
import fr.trouvaille.search.LuceneSearchEngine;
import fr.trouvaille.web.WebApp;
import fr.trouvaille.web.WebOptions;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** The real server (search engine and web app) over an index, listening on a free port of 127.0.0.1. */
final class RunningServer implements AutoCloseable {

  private final LuceneSearchEngine engine;
  private final Javalin app;

  private RunningServer(LuceneSearchEngine engine, Javalin app) {
    this.engine = engine;
    this.app = app;
  }

  /** Writes the browser corpus into {@code root/corpus}, indexes it into {@code root/index}: the index. */
  static Path indexCorpus(Path root) {
    Path corpus = root.resolve("corpus");
    Path index = root.resolve("index");
    BrowserCorpus.write(corpus);
    Fixtures.reindex(corpus, index);
    return index;
  }

  /** Starts a server over {@code index}, which may be shared with other servers. */
  static RunningServer start(Path index) {
    try {
      return start(new LuceneSearchEngine(index), WebOptions.defaults());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a server over {@code engine} with {@code options}; the server closes the engine. */
  static RunningServer start(LuceneSearchEngine engine, WebOptions options) {
    try {
      return new RunningServer(engine, WebApp.create(engine, options).start("127.0.0.1", 0));
    } catch (RuntimeException e) {
      // The index must not stay open behind a server that never started.
      try {
        engine.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e;
    }
  }

  /** The address of {@code pathAndQuery} on this server, e.g. {@code url("/?q=troupes")}. */
  String url(String pathAndQuery) {
    return "http://127.0.0.1:" + app.port() + pathAndQuery;
  }

  @Override
  public void close() throws IOException {
    app.stop();
    engine.close();
  }
}
