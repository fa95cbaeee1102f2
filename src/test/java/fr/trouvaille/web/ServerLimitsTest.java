package fr.trouvaille.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.Fixtures;
import fr.trouvaille.Http;
import fr.trouvaille.search.LuceneSearchEngine;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Oversized requests get a 4xx at once, and slow clients cannot hold the server's threads. */
class ServerLimitsTest {

  /** More than Javalin's 250 request threads. */
  static final int SLOW_CLIENTS = 300;

  @TempDir Path corpus;
  @TempDir Path index;
  private LuceneSearchEngine engine;
  private Javalin app;
  private Http http;

  @BeforeEach
  void start() throws IOException {
    engine = Fixtures.smallEngine(corpus, index);
    ServerLimits limits = ServerLimits.DEFAULTS.withIdleTimeout(Duration.ofSeconds(1));
    app = WebApp.create(engine, WebOptions.defaults().withLimits(limits)).start("127.0.0.1", 0);
    http = new Http(app.port());
  }

  @AfterEach
  void stop() throws IOException {
    app.stop();
    engine.close();
  }

  @Test
  void a_request_line_over_8_kib_is_a_414_in_json() {
    Http.Answer answer = http.get("/api/search?q=" + "a".repeat(9000));
    assertEquals(414, answer.status());
    assertTrue(answer.isJson() && answer.json().get("error").isTextual(), answer.body());
  }

  @Test
  void headers_over_8_kib_are_a_431_in_json() {
    Http.Answer answer = http.send(http.request("/health").header("X-Remplissage", "b".repeat(9000)));
    assertEquals(431, answer.status());
    assertTrue(answer.isJson() && answer.json().get("error").isTextual(), answer.body());
  }

  @Test
  void a_body_over_64_kib_is_a_413_in_json() {
    byte[] body = new byte[100 * 1024];
    Http.Answer answer = http.send(http.request("/api/reindex").POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    assertEquals(413, answer.status());
    assertTrue(answer.json().get("error").asText().contains("102400"), answer.body());
    assertEquals(200, http.get("/health").status());
  }

  @Test
  void slow_clients_hold_no_thread_and_are_cut_off_after_the_idle_timeout() throws Exception {
    List<Socket> slow = new ArrayList<>();
    try {
      for (int i = 0; i < SLOW_CLIENTS; i++) {
        Socket socket = new Socket("127.0.0.1", app.port());
        // Half a request, and then nothing: a slowloris client.
        socket.getOutputStream().write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Lent: ".getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        slow.add(socket);
      }
      long start = System.nanoTime();
      assertEquals(200, http.get("/api/search?q=troupes").status(), "answered while " + SLOW_CLIENTS + " clients hang");
      assertTrue(System.nanoTime() - start < 5_000_000_000L, "without waiting for them");
      for (Socket socket : slow) {
        assertClosedByServer(socket);
      }
    } finally {
      for (Socket socket : slow) {
        socket.close();
      }
    }
  }

  private static void assertClosedByServer(Socket socket) throws IOException {
    socket.setSoTimeout(10_000);
    InputStream in = socket.getInputStream();
    try {
      in.readAllBytes(); // whatever Jetty says (a 408, or nothing), then end of stream
    } catch (SocketTimeoutException e) {
      throw new AssertionError("a silent client kept its connection past the idle timeout", e);
    } catch (IOException reset) {
      return; // closed by the server: what we want
    }
    OutputStream out = socket.getOutputStream();
    assertTrue(socket.isConnected() && out != null);
  }
}
