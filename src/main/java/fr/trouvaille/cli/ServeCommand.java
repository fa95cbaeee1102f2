package fr.trouvaille.cli;

import fr.trouvaille.analysis.FrenchAnalysis;
import fr.trouvaille.index.Reindexer;
import fr.trouvaille.search.LuceneSearchEngine;
import fr.trouvaille.web.WebApp;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code serve}: the web page and JSON API over the index, building it first if needed. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {
        "Serves the search page and the JSON API. If the index is missing or empty, builds it from",
        "the corpus first. Picks up reindexes done while it runs, without a restart."})
final class ServeCommand implements Callable<Integer> {

  @Mixin IndexOptions folders;

  @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (0: any free port). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to listen on; 0.0.0.0 opens the server to the network. Default: ${DEFAULT-VALUE}.")
  String host;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Analyzer analyzer = FrenchAnalysis.analyzer();
    if (needsBuild(folders.index)) {
      out.println("No index in " + folders.index + " yet: building it from " + folders.corpus + "…");
      out.flush();
      Reindexing.run(new Reindexer(analyzer), folders.corpus, folders.index, false, out);
    }
    LuceneSearchEngine engine = new LuceneSearchEngine(folders.index, analyzer);
    Javalin app = WebApp.create(engine);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop(); // lets requests in flight finish
      closeQuietly(engine);
      stopped.countDown();
    }, "shutdown"));
    app.start(host, port);
    out.printf("Trouvaille serves %d documents at http://%s:%d/ (Ctrl-C to stop)%n",
        engine.documentCount(), host.contains(":") ? "[" + host + "]" : host, app.port());
    out.flush();
    stopped.await();
    return 0;
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

  private static void closeQuietly(LuceneSearchEngine engine) {
    try {
      engine.close();
    } catch (IOException e) {
      System.err.println("Could not close the index cleanly: " + e.getMessage());
    }
  }
}
