package fr.trouvaille;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plain HTTP client for tests against a server on 127.0.0.1. */
public final class Http {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern CONTENT_TYPE = Pattern.compile("(?im)^Content-Type:(.*)$");

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final int port;

  public Http(int port) {
    this.port = port;
  }

  /** One answer: status, content type and body, read as JSON on demand. */
  public record Answer(int status, String contentType, String body) {
    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("not JSON: " + body, e);
      }
    }

    public boolean isJson() {
      return contentType.startsWith("application/json");
    }
  }

  public Answer get(String path) {
    return send(request(path).GET());
  }

  public Answer get(String path, String token) {
    return send(request(path).header("Authorization", "Bearer " + token).GET());
  }

  public Answer post(String path, String token) {
    HttpRequest.Builder builder = request(path).POST(HttpRequest.BodyPublishers.noBody());
    return send(token == null ? builder : builder.header("Authorization", "Bearer " + token));
  }

  /** Polls {@code GET /api/reindex} until no reindex runs and one has ended; returns how it ended. */
  public JsonNode awaitReindexEnd(String token) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(120);
    while (Instant.now().isBefore(deadline)) {
      JsonNode status = get("/api/reindex", token).json();
      if (!status.get("running").asBoolean() && !status.get("last").isNull()) {
        return status.get("last");
      }
      Thread.sleep(50);
    }
    throw new AssertionError("the reindex never ended");
  }

  /** The path is sent as written, without normalizing: what a hostile client would do. */
  public HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(30));
  }

  /**
   * Sends {@code GET target} over a plain socket, byte for byte: for targets that no URI class
   * accepts (malformed percent escapes, say). Reads one response, headers and body.
   */
  public Answer raw(String target) {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(30_000);
      String request = "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
      socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
      String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int headersEnd = response.indexOf("\r\n\r\n");
      String head = headersEnd < 0 ? response : response.substring(0, headersEnd);
      Matcher type = CONTENT_TYPE.matcher(head);
      return new Answer(Integer.parseInt(head.substring(9, 12)), type.find() ? type.group(1).strip() : "",
          headersEnd < 0 ? "" : response.substring(headersEnd + 4));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
