package fr.trouvaille.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import fr.trouvaille.Fixtures;
import fr.trouvaille.index.FileStamp;
import fr.trouvaille.index.ReindexFailedException;
import fr.trouvaille.index.ReindexListener;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.common.SolrInputDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two "nodes" that refuse every update: a batch is tried on each, then fails naming its documents. */
class BatchSenderTest {

  private final AtomicInteger updates = new AtomicInteger();
  private HttpServer first;
  private HttpServer second;
  private SolrNodes nodes;

  @BeforeEach
  void start() throws IOException {
    first = refusing();
    second = refusing();
    nodes = new SolrNodes(List.of(url(first), url(second)));
  }

  private HttpServer refusing() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", exchange -> {
      exchange.getRequestBody().readAllBytes();
      updates.incrementAndGet();
      byte[] body = "{\"error\":{\"msg\":\"no space left\",\"code\":503}}".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(503, body.length);
      exchange.getResponseBody().write(body);
      exchange.close();
    });
    server.start();
    return server;
  }

  private static String url(HttpServer server) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/solr";
  }

  @AfterEach
  void stop() throws IOException {
    nodes.close();
    first.stop(0);
    second.stop(0);
  }

  @Test
  void a_refused_batch_is_retried_then_fails_with_its_ids() {
    BatchSender sender = new BatchSender(nodes, "c", 2, Duration.ofMillis(10));
    BatchSender.BatchRefused refused = assertThrows(BatchSender.BatchRefused.class, () -> {
      sender.add("a.txt", new SolrInputDocument("id", "a.txt"), 1);
      sender.add("b.txt", new SolrInputDocument("id", "b.txt"), 1);
      sender.flush();
    });
    assertEquals(List.of("a.txt", "b.txt"), refused.ids);
    assertEquals(4, updates.get(), "two attempts, each on both nodes");
  }

  @Test
  void a_reindex_run_names_the_documents_not_sent(@TempDir Path corpus) throws Exception {
    Fixtures.smallCorpus(corpus);
    var files = new fr.trouvaille.corpus.CorpusScanner().scan(corpus).files();
    SolrReindexRun run = new SolrReindexRun(new BatchSender(nodes, "c", 2, Duration.ofMillis(10)),
        Map.<String, FileStamp>of(), ReindexListener.NONE);
    ReindexFailedException failed = assertThrows(ReindexFailedException.class, () -> run.indexAll(files));
    assertEquals(files.stream().map(f -> f.id()).toList(), failed.notSent());
    assertTrue(failed.getMessage().startsWith("Solr refused a batch, sent again in vain ("), failed.getMessage());
    assertTrue(failed.getMessage().contains("4 documents not sent: kazakhstan/etat.txt, kazakhstan/retrait.txt"), failed.getMessage());
  }
}
