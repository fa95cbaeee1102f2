package fr.trouvaille.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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

  @Mixin SolrOptions solr;

  @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (0: any free port). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to listen on; 0.0.0.0 opens the server to the network. Default: ${DEFAULT-VALUE}.")
  String host;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Backend backend = solr.enabled()
        ? new SolrBackend(solr.solr, solr.collection, ReindexCommand.DEFAULT_LAYOUT, out)
        : new EmbeddedBackend(folders.index);
    Service service = Service.start(backend, folders.corpus, host, port, out);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        service.close();
      } catch (IOException e) {
        System.err.println("Could not close the index cleanly: " + e.getMessage());
      }
      stopped.countDown();
    }, "shutdown"));
    out.printf("Trouvaille serves %d documents at http://%s:%d/ (Ctrl-C to stop)%n",
        service.documents(), host.contains(":") ? "[" + host + "]" : host, service.port());
    out.flush();
    stopped.await();
    return 0;
  }
}
