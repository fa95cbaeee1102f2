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
        "Serves the search page and the JSON API, building the index from the corpus first if there is none.",
        "Picks up reindexes done while it runs, without a restart."})
final class ServeCommand implements Callable<Integer> {

  @Mixin IndexOptions folders;

  @Mixin SolrOptions solr;

  @Option(names = "--port", defaultValue = "7070", description = "Port to listen on (0: any free port). Default: ${DEFAULT-VALUE}.")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "Address to listen on; 0.0.0.0 opens the server to the network. Default: ${DEFAULT-VALUE}.")
  String host;

  @Spec CommandSpec spec;

  /** The environment variable that holds the bearer token of {@code /api/reindex}. */
  static final String ADMIN_TOKEN_VARIABLE = "TROUVAILLE_ADMIN_TOKEN";

  @Override
  public Integer call() throws Exception {
    OptionChecks.port(spec, port);
    if (!solr.enabled()) {
      OptionChecks.corpusFolder(spec, folders.corpus);
    }
    OptionChecks.portFree(spec, host, port);
    PrintWriter out = spec.commandLine().getOut();
    String token = System.getenv(ADMIN_TOKEN_VARIABLE);
    Backend backend = solr.enabled()
        ? new SolrBackend(solr.solr, solr.collection, ReindexCommand.DEFAULT_LAYOUT, out)
        : new EmbeddedBackend(folders.index);
    Service service = Service.start(backend, folders.corpus, host, port, token, out);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(service, out), "shutdown"));
    out.printf("Trouvaille serves %d documents at http://%s:%d/ (Ctrl-C to stop)%n",
        service.documents(), host.contains(":") ? "[" + host + "]" : host, service.port());
    out.println(solr.enabled()
        ? "Reindex over HTTP is off with --solr: run reindex --solr."
        : token == null || token.isBlank()
        ? "Reindex over HTTP is off; set " + ADMIN_TOKEN_VARIABLE + " to turn it on."
        : "Reindex over HTTP is on: POST /api/reindex with the token in " + ADMIN_TOKEN_VARIABLE + ".");
    out.flush();
    new CountDownLatch(1).await(); // until a signal runs the hook
    return 0;
  }

  // SIGTERM and Ctrl-C run this hook. Once the service has stopped cleanly it halts with 0: left
  // alone, the JVM would report 128 + the signal (143 for SIGTERM), which service managers count
  // as a failure. halt() is allowed in a hook and skips nothing of ours: this is our only hook.
  private static void stop(Service service, PrintWriter out) {
    int code = 0;
    try {
      service.close();
      out.println("Trouvaille stopped; the index is closed.");
    } catch (IOException | RuntimeException e) {
      out.println("Could not close the index cleanly: " + e);
      code = Main.FAILED;
    }
    out.flush();
    Runtime.getRuntime().halt(code);
  }
}
