package fr.trouvaille.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.trouvaille.Fixtures;
import fr.trouvaille.GeneratedCorpus;
import fr.trouvaille.Http;
import fr.trouvaille.index.BackgroundReindex;
import fr.trouvaille.index.LuceneCorpusIndex;
import fr.trouvaille.search.LuceneSearchEngine;
import io.javalin.Javalin;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdminApiTest {

  private static final String TOKEN = "un-jeton-de-test";

  @TempDir Path corpus;
  @TempDir Path index;
  private LuceneSearchEngine engine;
  private BackgroundReindex background;
  private Javalin app;

  @BeforeEach
  void start() throws IOException {
    engine = Fixtures.smallEngine(corpus, index);
    background = new BackgroundReindex(new LuceneCorpusIndex(index), corpus, index, engine::refresh);
  }

  @AfterEach
  void stop() throws IOException {
    if (app != null) {
      app.stop();
    }
    background.close();
    engine.close();
  }

  private Http serve(String token) {
    app = WebApp.create(engine, WebOptions.withAdmin(token, background)).start("127.0.0.1", 0);
    return new Http(app.port());
  }

  @Test
  void without_a_configured_token_the_route_answers_403_and_says_how_to_turn_it_on() {
    Http http = serve(null);
    for (Http.Answer answer : new Http.Answer[] {http.post("/api/reindex", null), http.get("/api/reindex", "x")}) {
      assertEquals(403, answer.status());
      assertTrue(answer.json().get("error").asText().contains("TROUVAILLE_ADMIN_TOKEN"), answer.body());
    }
  }

  @Test
  void a_missing_or_wrong_token_is_a_401() {
    Http http = serve(TOKEN);
    for (Http.Answer answer : new Http.Answer[] {
        http.post("/api/reindex", null), http.post("/api/reindex", "faux"), http.post("/api/reindex", TOKEN + "x"),
        http.get("/api/reindex", TOKEN.substring(1)), http.send(http.request("/api/reindex").header("Authorization", TOKEN))}) {
      assertEquals(401, answer.status(), answer.body());
      assertTrue(answer.isJson());
    }
    assertFalse(background.status().running(), "nothing started");
  }

  @Test
  void post_starts_a_reindex_in_the_background_and_get_follows_it_to_its_outcome() throws Exception {
    Http http = serve(TOKEN);
    Fixtures.write(corpus, "nouveau/minsk.txt", " date 2020-08 Loukachenko revendique la victoire.");
    Http.Answer started = http.post("/api/reindex", TOKEN);
    assertEquals(202, started.status(), started.body());
    assertEquals("/api/reindex", started.json().get("status").asText());
    JsonNode last = http.awaitReindexEnd(TOKEN);
    assertTrue(last.get("succeeded").asBoolean(), last.toString());
    assertTrue(last.get("summary").asText().startsWith("1 added, 0 updated, 0 deleted, 4 unchanged"), last.toString());
    assertEquals(5, http.get("/health").json().get("documents").asInt(), "refreshed at the end of the reindex");
  }

  @Test
  void a_second_post_while_one_runs_is_a_409() throws Exception {
    GeneratedCorpus.write(corpus, 1500, 200, 7);
    Http http = serve(TOKEN);
    assertEquals(202, http.post("/api/reindex", TOKEN).status());
    Http.Answer second = http.post("/api/reindex", TOKEN);
    assertEquals(409, second.status(), second.body());
    assertTrue(second.json().get("error").asText().contains("déjà en cours"));
    JsonNode running = http.get("/api/reindex", TOKEN).json();
    assertTrue(running.get("running").asBoolean() || !running.get("last").isNull());
    http.awaitReindexEnd(TOKEN);
  }

  @Test
  void a_post_while_another_writer_holds_the_index_is_a_409() throws Exception {
    Http http = serve(TOKEN);
    Fixtures.HeldReindex held = new Fixtures.HeldReindex();
    Thread other = Fixtures.startHeldReindex(corpus, index, held); // as a command-line reindex would
    try {
      Http.Answer answer = http.post("/api/reindex", TOKEN);
      assertEquals(409, answer.status(), answer.body());
    } finally {
      held.release();
      other.join();
    }
    assertEquals(202, http.post("/api/reindex", TOKEN).status(), "free again once the other one is done");
    http.awaitReindexEnd(TOKEN);
  }
}
