package fr.trouvaille;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Asks a running server, over and over from its own thread, how many documents it has and what a
 * search finds, and notes every answer that is not a consistent 200: what a user would have seen
 * go wrong while the index changes under the server.
 */
public final class SearchProbe implements AutoCloseable {

  private final Http http;
  private final String query;
  private final AtomicBoolean stop = new AtomicBoolean();
  private final List<String> problems = new ArrayList<>();
  private final Set<Integer> documentCounts = new HashSet<>();
  private final Set<Long> totals = new HashSet<>();
  private final Thread thread;
  private int answers;

  /** Starts probing {@code /health} and {@code /api/search?q=query&size=100}. */
  public SearchProbe(int port, String query) {
    this.http = new Http(port);
    this.query = query;
    this.thread = new Thread(this::loop, "search-probe");
    thread.start();
  }

  private void loop() {
    while (!stop.get()) {
      try {
        Http.Answer health = http.get("/health");
        Http.Answer search = http.get("/api/search?size=100&q=" + query);
        synchronized (this) {
          answers += 2;
          check(health, search);
        }
      } catch (RuntimeException e) {
        synchronized (this) {
          problems.add(e.toString());
        }
      }
    }
  }

  private void check(Http.Answer health, Http.Answer search) {
    if (health.status() != 200 || search.status() != 200 || !search.isJson()) {
      problems.add(health.status() + " / " + search.status() + " " + search.body());
      return;
    }
    documentCounts.add(health.json().get("documents").asInt());
    JsonNode body = search.json();
    long total = body.get("total").asLong();
    totals.add(total);
    Set<String> ids = new HashSet<>();
    body.get("hits").forEach(hit -> {
      if (!ids.add(hit.get("id").asText())) {
        problems.add("document twice in one page: " + hit.get("id").asText());
      }
    });
    if (ids.size() != Math.min(total, 100)) {
      problems.add("total " + total + " but " + ids.size() + " hits");
    }
  }

  /** Stops probing and returns what was seen. */
  public Seen stop() throws InterruptedException {
    stop.set(true);
    thread.join();
    synchronized (this) {
      return new Seen(answers, List.copyOf(problems), Set.copyOf(documentCounts), Set.copyOf(totals));
    }
  }

  /** What the probe saw: how many answers, the problems, and the distinct counts and totals. */
  public record Seen(int answers, List<String> problems, Set<Integer> documentCounts, Set<Long> totals) {}

  @Override
  public void close() throws InterruptedException {
    stop();
  }
}
