package fr.trouvaille.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.Fixtures;
import fr.trouvaille.Http;
import fr.trouvaille.search.LuceneSearchEngine;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Throws random hostile input, from a fixed seed, at every route that takes text: never a 5xx,
 * always JSON, and the server still answers afterwards. A failure names the input and the seed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest {

  static final long SEED = 20_260_301L;
  static final int INPUTS_PER_ROUTE = 600;

  private LuceneSearchEngine engine;
  private Javalin app;
  private Http http;

  @BeforeAll
  void start(@TempDir Path folder) throws IOException {
    Path corpus = folder.resolve("corpus");
    Path index = folder.resolve("index");
    engine = Fixtures.smallEngine(corpus, index);
    app = WebApp.create(engine).start("127.0.0.1", 0);
    http = new Http(app.port());
  }

  @AfterAll
  void stop() throws IOException {
    app.stop();
    engine.close();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"/api/search?q=", "/api/suggest?q=", "/api/documents/", "/api/documents/kazakhstan/etat.txt?q=",
      "/api/search?q=troupes&page=", "/api/search?q=troupes&from="})
  void random_hostile_input_never_gets_a_5xx_and_always_gets_json(String route) {
    Random random = new Random(SEED ^ route.hashCode());
    HostileText hostile = new HostileText(random);
    Function<String, String> encode = route.startsWith("/api/documents/") && !route.contains("?")
        ? HostileInputTest::encodePath
        : text -> URLEncoder.encode(text, StandardCharsets.UTF_8);
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < INPUTS_PER_ROUTE; i++) {
      String input = hostile.next();
      boolean raw = random.nextInt(10) == 0;
      String path = route + (raw ? HostileText.rawPercent(random) : encode.apply(input));
      Http.Answer answer = raw ? http.raw(path) : http.get(path);
      if (answer.status() >= 500 || !answer.isJson() || !answer.body().startsWith("{")) {
        failures.add(answer.status() + " " + answer.contentType() + " for " + path + " (input " + i + ")");
      }
    }
    assertTrue(failures.isEmpty(), "seed " + SEED + ": " + failures);
    assertEquals(200, http.get("/health").status(), "still alive");
  }

  // Ids are paths: keep the slashes, encode the rest, as a browser would.
  private static String encodePath(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("%2F", "/");
  }

  /** Text of the kinds that break parsers: any Unicode plane, controls, query syntax, long runs. */
  static final class HostileText {
    private static final String[] SYNTAX = {
        "\"", "\"\"\"", "(", ")", "((((", "))))", "-", "--", "|", "||", "*", "**", "+", "~", "~2", "\\", "\\\\",
        "*:*", "a*", "\"a b\"~99999", "AND", "OR", "NOT", "-(-(-a))", "(a | (b | (c", "\"unbalanced", "a\"b\"c\"",
        "?", "%", "%%", "&", "=", "#", "/", "..", "../..", "\u0000", "\r\n", "\t", "l’", "’", "'", "<script>", "${jndi:x}"};

    private final Random random;

    HostileText(Random random) {
      this.random = random;
    }

    String next() {
      StringBuilder text = new StringBuilder();
      int parts = 1 + random.nextInt(6);
      for (int p = 0; p < parts; p++) {
        switch (random.nextInt(6)) {
          case 0 -> text.append(SYNTAX[random.nextInt(SYNTAX.length)]);
          case 1 -> appendCodePoints(text, 1 + random.nextInt(20), 0x10FFFF);
          case 2 -> appendCodePoints(text, 1 + random.nextInt(10), 0x20);
          case 3 -> text.append("troupe".repeat(1 + random.nextInt(3))).append(' ');
          case 4 -> text.append(SYNTAX[random.nextInt(SYNTAX.length)].repeat(1 + random.nextInt(300)));
          default -> appendCodePoints(text, 1 + random.nextInt(1200), 0xFFFF);
        }
      }
      return text.toString();
    }

    private void appendCodePoints(StringBuilder text, int count, int max) {
      for (int i = 0; i < count; i++) {
        int cp = random.nextInt(max + 1);
        if (cp >= 0xD800 && cp <= 0xDFFF && random.nextBoolean()) {
          text.append((char) cp); // a lone surrogate now and then
        } else if (Character.isValidCodePoint(cp)) {
          text.appendCodePoint(cp);
        }
      }
    }

    /** Percent sequences that are not valid UTF-8, sent as they are. */
    static String rawPercent(Random random) {
      String[] bad = {"%FF", "%C3%28", "%ED%A0%80", "%F4%90%80%80", "%C0%AF", "%00", "%", "%G1", "%E2%82", "%25%32%35"};
      StringBuilder raw = new StringBuilder("a");
      for (int i = 0; i < 1 + random.nextInt(4); i++) {
        raw.append(bad[random.nextInt(bad.length)]);
      }
      return raw.toString();
    }
  }
}
