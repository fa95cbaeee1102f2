package fr.trouvaille.cli;

import fr.trouvaille.analysis.SynonymsFile;
import fr.trouvaille.corpus.CorpusScanner;
import fr.trouvaille.index.ReindexInProgressException;
import fr.trouvaille.index.Reindexer;
import fr.trouvaille.search.LuceneSearchEngine;
import fr.trouvaille.web.WebApp;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The running service: the index (built first when missing or empty), the search engine over it
 * and the web application. The composition root, kept apart from the command so tests run it.
 */
final class Service implements AutoCloseable {

  private final LuceneSearchEngine engine;
  private final Javalin app;

  private Service(LuceneSearchEngine engine, Javalin app) {
    this.engine = engine;
    this.app = app;
  }

  /** Builds the index if needed, then listens on {@code host:port} (0: any free port). */
  static Service start(Path corpus, Path index, String host, int port, PrintWriter out)
      throws IOException, ReindexInProgressException {
    if (needsBuild(index)) {
      out.println("No index in " + index + " yet: building it from " + corpus + "…");
      out.flush();
      Reindexing.run(new Reindexer(), corpus, index, false, out);
    }
    // Synonyms are read at query time, from the corpus folder, and reloaded when the file changes.
    SynonymsFile synonyms = new SynonymsFile(corpus.resolve(CorpusScanner.SYNONYMS_FILE));
    LuceneSearchEngine engine = new LuceneSearchEngine(index, synonyms);
    try {
      Javalin app = WebApp.create(engine).start(host, port);
      return new Service(engine, app);
    } catch (RuntimeException e) {
      engine.close(); // the port is taken, say: do not leave the index open behind us
      throw e;
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

  /** Stops accepting requests, lets those in flight finish, then closes the index. */
  @Override
  public void close() throws IOException {
    app.stop();
    engine.close();
  }
}
