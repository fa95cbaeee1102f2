package fr.trouvaille.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/** Asks the server for a word found only deep in a long document, and checks its snippet marks it. */
final class DeepProbe {

  private final ObjectMapper json = new ObjectMapper();

  DeepHighlight check(int port, String word) throws IOException {
    try (LoopbackClient http = new LoopbackClient(port)) {
      JsonNode hit = get(http, "/api/search?size=1&q=" + encode(word)).path("hits").path(0);
      if (hit.isMissingNode()) {
        return new DeepHighlight(word, null, -1, false, null);
      }
      String id = hit.path("id").asText();
      String snippet = hit.path("snippet").asText();
      String text = get(http, "/api/documents/" + encode(id).replace("%2F", "/")).path("text").asText();
      return new DeepHighlight(word, id, text.indexOf(word), snippet.contains("<mark>" + word + "</mark>"), snippet);
    }
  }

  private JsonNode get(LoopbackClient http, String path) throws IOException {
    LoopbackClient.Response response = http.get(path);
    if (response.status() != 200) {
      throw new IOException("GET " + path + " answered " + response.status());
    }
    try (InputStream body = response.gzip()
        ? new GZIPInputStream(new ByteArrayInputStream(response.body()))
        : new ByteArrayInputStream(response.body())) {
      return json.readTree(body);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
