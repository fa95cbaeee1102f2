package fr.trouvaille.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {

  private HttpServer server;
  private final AtomicInteger connections = new AtomicInteger();

  /** A one-thread server answering after {@code millis}; {@code /chunked} answers without a length. */
  private int start(long millis) throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(Executors.newSingleThreadExecutor());
    server.createContext("/", exchange -> {
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      byte[] body = exchange.getRequestURI().getPath().getBytes(StandardCharsets.UTF_8);
      exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/missing") ? 404 : 200,
          exchange.getRequestURI().getPath().equals("/chunked") ? 0 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
    return server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void the_client_reads_answers_with_a_length_or_in_chunks_on_one_connection() throws Exception {
    int port = start(0);
    try (LoopbackClient client = new LoopbackClient(port)) {
      assertArrayEquals("/a".getBytes(StandardCharsets.UTF_8), client.get("/a").body());
      assertArrayEquals("/chunked".getBytes(StandardCharsets.UTF_8), client.get("/chunked").body());
      assertEquals(404, client.get("/missing").status());
      assertEquals(200, client.get("/b").status());
    }
  }

  @Test
  void back_to_back_clients_measure_the_service_time_and_the_throughput() throws Exception {
    LatencyStats stats = new LoadGenerator(start(20), false, List.of("/a")).saturate(1, Duration.ofMillis(600));
    assertTrue(stats.p50() >= 20, "p50 " + stats.p50());
    assertTrue(stats.perSecond() <= 50, "rate " + stats.perSecond());
    // One client back to back: the rate is the inverse of the time each request takes.
    assertEquals(1.0, stats.perSecond() * stats.p50() / 1000, 0.3, stats.toString());
    assertEquals(0, stats.errors());
  }

  @Test
  void paced_requests_are_timed_from_their_intended_send_time_so_a_slow_server_shows() throws Exception {
    // 100 requests a second asked of a server that answers 20: each request waits for the ones
    // before it. Timed from when it was actually sent, every request would take 50 ms.
    LatencyStats stats = new LoadGenerator(start(50), false, List.of("/a")).paced(1, 100, Duration.ofMillis(800));
    assertTrue(stats.p50() > 150, "p50 " + stats.p50());
    assertTrue(stats.max() > 400, "max " + stats.max());
    assertFalse(stats.requests() > 40, "the slow server cannot have answered " + stats.requests());
  }
}
