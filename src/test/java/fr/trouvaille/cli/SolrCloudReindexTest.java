package fr.trouvaille.cli;

import static fr.trouvaille.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import fr.trouvaille.Fixtures;
import fr.trouvaille.solr.Api;
import fr.trouvaille.solr.SolrCloudExtension;
import fr.trouvaille.solr.SolrClusterProcess;
import fr.trouvaille.solr.TrouvailleProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running {@code serve --solr} while the collection changes under it: an incremental reindex
 * shows within seconds; {@code reindex --full} swaps collections without one failed or partial
 * search; a node stopped costs nothing but a retry.
 */
@Tag("solrcloud")
@ExtendWith(SolrCloudExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SolrCloudReindexTest {

  private static final List<String> QUERIES = List.of("troupe", "Tokaiev", "etat", "Kazakstan", "-ukraine");

  private SolrClusterProcess cluster;
  private Path corpus;
  private String urls;
  private TrouvailleProcess server;
  private Api api;

  @BeforeAll
  void start(SolrClusterProcess cluster, @TempDir Path root) throws Exception {
    this.cluster = cluster;
    corpus = root.resolve("corpus");
    Fixtures.smallCorpus(corpus);
    urls = String.join(",", cluster.urls());
    MainTest.Run first = reindex();
    assertTrue(first.out().contains("4 added"), first.out());
    server = TrouvailleProcess.serve(root.resolve("serve.log"), "--corpus", corpus.toString(), "--solr", urls, "--collection", "live");
    api = new Api(server.port());
  }

  @AfterAll
  void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  private MainTest.Run reindex(String... more) {
    List<String> args = new ArrayList<>(List.of("reindex", "--corpus", corpus.toString(), "--solr", urls,
        "--collection", "live", "--shards", "2", "--replicas", "2"));
    args.addAll(List.of(more));
    MainTest.Run run = MainTest.run(args.toArray(String[]::new));
    assertEquals(0, run.code(), run.err());
    return run;
  }

  private long total(String query) throws Exception {
    return api.ok("/api/search?q=" + Api.q(query)).get("total").asLong();
  }

  @Test
  @Order(1)
  void an_incremental_reindex_shows_in_the_running_server_within_seconds() throws Exception {
    assertEquals(0, total("Loukachenko"));
    write(corpus, "bielorussie/minsk.txt", " date 2020-08 Loukachenko revendique la victoire.");
    write(corpus, "ukraine/frontiere.txt", " date 2021-12\n\nUne brigade se masse à la frontière.");
    Files.delete(corpus.resolve("kazakhstan/etat.txt"));
    MainTest.Run run = reindex();
    assertTrue(run.out().startsWith("1 added, 1 updated, 1 deleted, 2 unchanged, 0 skipped; 4 documents"), run.out());
    Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
    while (total("Loukachenko") == 0 && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
    assertEquals(1, total("Loukachenko"), "seen without a restart");
    assertEquals(1, total("brigade"));
    assertEquals(404, api.get("/api/documents/kazakhstan/etat.txt").status());
    assertEquals(4, api.ok("/health").get("documents").asInt());
    assertTrue(reindex().out().startsWith("0 added, 0 updated, 0 deleted, 4 unchanged"), "nothing changed");
  }

  @Test
  @Order(2)
  void an_edited_synonyms_file_applies_at_the_next_reindex() throws Exception {
    assertEquals(0, total("CSTO"));
    write(corpus, "synonyms.txt", "OTSC, ODKB, CSTO\n");
    assertTrue(reindex().out().contains("1 synonym rules"), "the rules go to Solr with the configset");
    assertEquals(1, total("CSTO"), "CSTO finds the article on the OTSC");
  }

  @Test
  @Order(3)
  void a_full_reindex_swaps_collections_under_a_stream_of_searches_without_one_failure() throws Exception {
    Map<String, Long> expected = totals();
    List<String> failures = Collections.synchronizedList(new ArrayList<>());
    AtomicBoolean running = new AtomicBoolean(true);
    int[] searches = {0};
    Thread stream = new Thread(() -> {
      while (running.get() && failures.size() < 10) {
        for (String query : QUERIES) {
          try {
            Api.Answer answer = api.get("/api/search?q=" + Api.q(query));
            long total = answer.body().path("total").asLong(-1);
            if (answer.status() != 200 || total != expected.get(query)) {
              failures.add(query + ": " + answer.status() + " " + answer.body());
            }
            searches[0]++;
          } catch (Exception e) {
            failures.add(query + ": " + e);
          }
        }
      }
    });
    stream.start();
    MainTest.Run full = reindex("--full");
    Thread.sleep(2000); // and a little after the old collection is gone
    running.set(false);
    stream.join(30_000);
    assertTrue(full.out().contains("Deleted the previous collection"), full.out());
    assertTrue(full.out().contains("4 added, 0 updated, 0 deleted, 0 unchanged"), full.out());
    assertEquals(List.of(), failures);
    assertTrue(searches[0] > 20, searches[0] + " searches during the reindex");
  }

  @Test
  @Order(4)
  void searches_answer_the_same_while_a_node_is_stopped() throws Exception {
    Map<String, Long> before = totals();
    Map<String, JsonNode> pages = new java.util.HashMap<>();
    for (String query : QUERIES) {
      pages.put(query, api.ok("/api/search?q=" + Api.q(query)).get("hits"));
    }
    cluster.stopNode(1);
    try {
      for (int round = 0; round < 5; round++) {
        assertEquals(before, totals(), "round " + round);
        for (String query : QUERIES) {
          assertEquals(ids(pages.get(query)), ids(api.ok("/api/search?q=" + Api.q(query)).get("hits")), query);
        }
      }
      assertEquals(4, api.ok("/health").get("documents").asInt());
    } finally {
      cluster.startNode(1);
    }
  }

  private Map<String, Long> totals() throws Exception {
    Map<String, Long> totals = new java.util.LinkedHashMap<>();
    for (String query : QUERIES) {
      totals.put(query, total(query));
    }
    return totals;
  }

  private static List<String> ids(JsonNode hits) {
    List<String> ids = new ArrayList<>();
    hits.forEach(hit -> ids.add(hit.get("id").asText()));
    return ids;
  }
}
