package fr.trouvaille.web;

import fr.trouvaille.index.ReindexJobs;
import fr.trouvaille.index.ReindexStatus;
import fr.trouvaille.search.SearchEngine;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.ToDoubleFunction;

/**
 * What {@code GET /metrics} shows, in Prometheus text format: requests and their latency by route,
 * searches, the documents searchable, and the last background reindex.
 */
final class Metrics {

  static final String SEARCH_ROUTE = "/api/search";

  // Built on its own thread: Micrometer and the Prometheus client are some 300 classes, which would
  // otherwise load on the thread that starts the web server, before it listens (about a tenth of
  // that thread's start). A request that comes before it is built waits for it.
  private final CompletableFuture<PrometheusMeterRegistry> registry;

  Metrics(SearchEngine engine, ReindexJobs reindex) {
    registry = CompletableFuture.supplyAsync(() -> registry(engine, reindex), work -> {
      Thread thread = new Thread(work, "metrics-registry");
      thread.setDaemon(true);
      thread.start();
    });
  }

  private static PrometheusMeterRegistry registry(SearchEngine engine, ReindexJobs reindex) {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    Gauge.builder("trouvaille.documents", engine, SearchEngine::documentCount)
        .description("Documents searchable now").register(registry);
    if (reindex != null) {
      reindexGauge(registry, reindex, "trouvaille.reindex.running", "1 while a background reindex runs",
          s -> s.running() ? 1 : 0);
      reindexGauge(registry, reindex, "trouvaille.reindex.last.end", "When the last reindex ended (Unix seconds)",
          s -> s.last() == null ? Double.NaN : s.last().finishedAt().toEpochMilli() / 1000.0);
      reindexGauge(registry, reindex, "trouvaille.reindex.last.success", "1 if the last reindex succeeded, 0 if it failed",
          s -> s.last() == null ? Double.NaN : s.last().succeeded() ? 1 : 0);
      reindexGauge(registry, reindex, "trouvaille.reindex.last.duration.seconds", "How long the last reindex ran",
          s -> s.last() == null ? Double.NaN : s.last().tookMillis() / 1000.0);
    }
    return registry;
  }

  private static void reindexGauge(PrometheusMeterRegistry registry, ReindexJobs jobs, String name, String help,
      ToDoubleFunction<ReindexStatus> value) {
    Gauge.builder(name, jobs, j -> value.applyAsDouble(j.status())).description(help).register(registry);
  }

  /** Counts one answered request under its route template, so that ids do not multiply the series. */
  void request(Context ctx, float millis) {
    String route = route(ctx);
    String status = Integer.toString(ctx.statusCode());
    PrometheusMeterRegistry registry = this.registry.join();
    Timer.builder("http.server.requests").description("HTTP requests by route, method and status")
        .tags("method", ctx.method().name(), "route", route, "status", status)
        .register(registry).record(Math.round(millis * 1000), TimeUnit.MICROSECONDS);
    if (SEARCH_ROUTE.equals(route)) {
      Counter.builder("trouvaille.searches").description("Searches, by outcome")
          .tag("outcome", outcome(ctx.statusCode())).register(registry).increment();
    }
  }

  // Javalin names "*" whatever no route matched: static files, and addresses that do not exist.
  private static String route(Context ctx) {
    String path;
    try {
      path = ctx.endpoint().path;
    } catch (RuntimeException e) {
      path = "*";
    }
    return !"*".equals(path) ? path : ctx.statusCode() == 404 ? "unmatched" : "static";
  }

  private static String outcome(int status) {
    return status < 400 ? "ok" : status < 500 ? "rejected" : "failed";
  }

  /** {@code GET /metrics}. */
  void scrape(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.join().scrape());
  }
}
