package fr.trouvaille.cli;

import static fr.trouvaille.Fixtures.reindex;
import static fr.trouvaille.Fixtures.smallCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.trouvaille.GeneratedCorpus;
import fr.trouvaille.Http;
import fr.trouvaille.SearchProbe;
import fr.trouvaille.index.IndexHealth;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a reindexing JVM with SIGKILL halfway, and checks that nothing committed is lost: a server
 * keeps answering from the last commit the whole time, and the next reindex completes.
 */
class CrashTest {

  /** Enough files that a reindex takes seconds on this machine, so the kill lands midway. */
  static final int GENERATED = 4000;
  static final int SMALL = 4;
  static final String TOKEN = "s3cret-for-tests";
  private static final Pattern PROGRESS = Pattern.compile("(\\d+)/\\d+ files");
  private static final Pattern SERVING = Pattern.compile("serves \\d+ documents at http://127.0.0.1:(\\d+)/");

  @TempDir Path corpus;
  @TempDir Path root;
  private Path index;

  @BeforeEach
  void lastCommitHasTheSmallCorpusAndTheFolderHasThousandsMore() {
    smallCorpus(corpus);
    index = root.resolve("index");
    reindex(corpus, index);
    GeneratedCorpus.write(corpus, GENERATED, 250, 42);
  }

  @Test
  void reindex_killed_midway_leaves_the_last_commit_served_and_the_next_reindex_completes() throws Exception {
    int killedAt;
    try (Service server = Service.start(corpus, index, "127.0.0.1", 0, new PrintWriter(new StringWriter()))) {
      SearchProbe probe = new SearchProbe(server.port(), "troupes");
      try (ChildJvm child = ChildJvm.start(root, Map.of(), "reindex", "--corpus", corpus.toString(), "--index", index.toString())) {
        child.await(output -> filesDone(output) >= 300, Duration.ofSeconds(90), "300 files indexed");
        child.process().destroyForcibly();
        killedAt = filesDone(child.err());
        assertEquals(128 + 9, child.waitFor(Duration.ofSeconds(10)), "killed by SIGKILL");
        assertFalse(child.out().contains("added"), "killed before its commit: " + child.out());
      }
      Thread.sleep(2 * 1000); // past the server's refresh: it must still see the last commit
      SearchProbe.Seen seen = probe.stop();
      System.out.printf("crash: reindex killed at %d files; %d answers meanwhile, documents %s, totals %s%n",
          killedAt, seen.answers(), seen.documentCounts(), seen.totals());
      assertEquals(0, seen.problems().size(), seen.problems().toString());
      assertTrue(seen.answers() > 20, "answers: " + seen.answers());
      assertEquals(Set.of(SMALL), seen.documentCounts());
      assertEquals(Set.of(3L), seen.totals(), "troupes: 3 documents in the last commit");

      assertTrue(Files.exists(index.resolve("write.lock")), "the dead process left its lock file");
      assertTrue(IndexHealth.problem(index).isEmpty());
      MainTest.Run next = MainTest.run("reindex", "--corpus", corpus.toString(), "--index", index.toString());
      assertEquals(0, next.code(), next.err());
      assertTrue(next.out().startsWith(GENERATED + " added, 0 updated, 0 deleted, " + SMALL + " unchanged"), next.out());
      awaitDocuments(new Http(server.port()), GENERATED + SMALL);
    }
  }

  @Test
  void server_killed_during_its_reindex_leaves_an_index_that_the_next_server_serves_and_completes() throws Exception {
    try (ChildJvm child = ChildJvm.start(root, Map.of(ServeCommand.ADMIN_TOKEN_VARIABLE, TOKEN),
        "serve", "--port", "0", "--corpus", corpus.toString(), "--index", index.toString())) {
      Matcher serving = SERVING.matcher(child.await(o -> SERVING.matcher(o).find(), Duration.ofSeconds(60), "serving"));
      assertTrue(serving.find());
      Http http = new Http(Integer.parseInt(serving.group(1)));
      assertEquals(202, http.post("/api/reindex", TOKEN).status());
      awaitSeen(http, 300);
      child.process().destroyForcibly();
      assertEquals(128 + 9, child.waitFor(Duration.ofSeconds(10)));
    }
    assertTrue(IndexHealth.problem(index).isEmpty(), "a kill never damages the last commit");
    try (Service next = Service.start(corpus, index, "127.0.0.1", 0, TOKEN, new PrintWriter(new StringWriter()))) {
      Http http = new Http(next.port());
      assertEquals(SMALL, http.get("/health").json().get("documents").asInt(), "the last commit, not half a reindex");
      assertEquals(202, http.post("/api/reindex", TOKEN).status());
      JsonNode last = http.awaitReindexEnd(TOKEN);
      assertTrue(last.get("succeeded").asBoolean(), last.toString());
      assertTrue(last.get("summary").asText().startsWith(GENERATED + " added"), last.toString());
      awaitDocuments(http, GENERATED + SMALL);
    }
    try (var siblings = Files.list(root)) {
      assertEquals(0, siblings.filter(p -> p.getFileName().toString().contains(".corrupt-")).count(), "nothing moved aside");
    }
  }

  private static int filesDone(String output) {
    Matcher m = PROGRESS.matcher(output);
    int done = 0;
    while (m.find()) {
      done = Integer.parseInt(m.group(1));
    }
    return done;
  }

  private static void awaitSeen(Http http, int files) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(90);
    while (Instant.now().isBefore(deadline)) {
      JsonNode status = http.get("/api/reindex", TOKEN).json();
      assertTrue(status.get("running").asBoolean() || status.get("last").isNull(), "ended too soon: " + status);
      if (status.get("seen").asInt() >= files) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("the reindex never reached " + files + " files");
  }

  static void awaitDocuments(Http http, int expected) throws InterruptedException {
    Instant deadline = Instant.now().plusSeconds(10);
    int documents = -1;
    while (documents != expected && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
      documents = http.get("/health").json().get("documents").asInt();
    }
    assertEquals(expected, documents);
  }
}
