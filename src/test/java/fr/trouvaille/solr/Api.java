package fr.trouvaille.solr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A JSON client of a running Trouvaille, for tests that compare two servers. */
public final class Api {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final int port;

  /** A status and a JSON body. */
  public record Answer(int status, JsonNode body) {}

  public Api(int port) {
    this.port = port;
  }

  public Answer get(String pathAndQuery) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
        .timeout(Duration.ofSeconds(60)).build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), JSON.readTree(response.body()));
  }

  /** The body of a 200 answer; anything else fails the test with the body. */
  public JsonNode ok(String pathAndQuery) throws IOException, InterruptedException {
    Answer answer = get(pathAndQuery);
    if (answer.status() != 200) {
      throw new AssertionError(pathAndQuery + " answered " + answer.status() + ": " + answer.body());
    }
    return answer.body();
  }

  public static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
