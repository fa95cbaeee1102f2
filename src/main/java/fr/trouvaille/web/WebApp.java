package fr.trouvaille.web;

import fr.trouvaille.search.FacetValue;
import fr.trouvaille.search.Facets;
import fr.trouvaille.search.Hit;
import fr.trouvaille.search.IndexNotReadyException;
import fr.trouvaille.search.InvalidQueryException;
import fr.trouvaille.search.SearchEngine;
import fr.trouvaille.search.SearchResult;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.JavalinStaticResourceHandler;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the Javalin application: the JSON API, the web page, and errors as JSON.
 *
 * <p>Built from its dependencies and not started, so tests start it on port 0.
 */
public final class WebApp {

  private static final Logger LOG = LoggerFactory.getLogger(WebApp.class);

  /** The page loads its script and style from us only; no inline script can run. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
          + "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  /** Responses smaller than this are sent as they are. */
  static final int COMPRESS_FROM_BYTES = 16 * 1024;

  /** While the index is first built, a client is told to try again after this many seconds. */
  static final int RETRY_AFTER_SECONDS = 2;

  private WebApp() {}

  /** The application over {@code engine}, with default limits and no reindex over HTTP. */
  public static Javalin create(SearchEngine engine) {
    return create(engine, WebOptions.defaults());
  }

  /** The application over {@code engine}; call {@code start(host, port)} on it. */
  public static Javalin create(SearchEngine engine, WebOptions options) {
    SearchController api = new SearchController(engine);
    OriginalController originals = new OriginalController(engine, options.originals());
    AdminController admin = new AdminController(options.adminToken(), options.reindex());
    Metrics metrics = new Metrics(engine, options.reindex());
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.http.compressionStrategy = compression();
      // Javalin's own handler reads the four files through the class loader. The default one (Jetty's)
      // mounts the whole jar as a zip file system first: 45,000 entries indexed before the server
      // listens, a third of the main thread's start (codes-90k, JFR).
      config.resourceHandler(new JavalinStaticResourceHandler());
      config.staticFiles.add("/public", Location.CLASSPATH);
      config.requestLogger.http((ctx, ms) -> {
        LOG.info("{} {} {} {} ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms));
        // What people search for is theirs: it reaches the log only when asked for.
        LOG.debug("{} {} query: {}", ctx.method(), ctx.path(), ctx.queryString());
        metrics.request(ctx, ms);
      });
      ServerHardening.apply(config, options.limits());
      config.routes.before(WebApp::securityHeaders);
      config.routes.get("/api/search", api::search);
      config.routes.get("/api/suggest", api::suggest);
      // <id> rather than {id}: ids are relative paths and may contain slashes. The longer route
      // first: a document file always has an extension, so no id ends in "/related" or "/original".
      config.routes.get("/api/documents/<id>/related", api::related);
      config.routes.get("/api/documents/<id>/original", originals::download);
      config.routes.get("/api/documents/<id>", api::document);
      config.routes.get("/health", api::health);
      config.routes.get(AdminController.ROUTE, admin::status);
      config.routes.post(AdminController.ROUTE, admin::start);
      config.routes.get("/metrics", metrics::scrape);
      errors(config);
    });
  }

  /**
   * Loads the classes that turn a result into JSON (Jackson's are hundreds) by writing a sample one,
   * so that the first person to search does not wait for them.
   */
  public static void warmUp() {
    Hit hit = new Hit("dossier/article.txt", "Titre", "2022-01", 1f, "Un <mark>passage</mark> … un autre.");
    SearchResult sample = new SearchResult("passage", 1, 1, 10, 1, List.of(hit),
        new Facets(List.of(new FacetValue("2022-01", 1))), null, null);
    JavalinJackson json = new JavalinJackson();
    json.toJsonString(sample, SearchResult.class);
    json.toJsonString(new ApiError("Erreur"), ApiError.class);
  }

  // Gzip cost more server CPU than the search itself on a 5 KB page of results (bench, codes-10k,
  // 8 clients: 3.2 ms a request with gzip, level 6 or 1 alike, 2.0 ms without); only whole
  // documents, which can be megabytes, are worth compressing.
  private static CompressionStrategy compression() {
    CompressionStrategy gzip = new CompressionStrategy(null, new Gzip());
    gzip.setDefaultMinSizeForCompression(COMPRESS_FROM_BYTES);
    return gzip;
  }

  private static void securityHeaders(Context ctx) {
    ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("X-Frame-Options", "DENY");
  }

  private static void errors(JavalinConfig config) {
    config.routes.exception(BadRequestException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
    config.routes.exception(InvalidQueryException.class, (e, ctx) -> error(ctx, HttpStatus.BAD_REQUEST, e.getMessage()));
    config.routes.exception(IndexNotReadyException.class, (e, ctx) -> {
      // As any server not ready yet: 503 with when to try again (RFC 9110, 15.6.4).
      ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
      error(ctx, HttpStatus.SERVICE_UNAVAILABLE, e.getMessage());
    });
    config.routes.exception(HttpResponseException.class, (e, ctx) -> {
      HttpStatus status = HttpStatus.forStatus(e.getStatus());
      String message = status == HttpStatus.NOT_FOUND && e.getMessage().equals("Endpoint " + ctx.method() + " " + ctx.path() + " not found")
          ? "Adresse inconnue : " + ctx.path()
          : e.getMessage();
      error(ctx, status, message);
    });
    config.routes.exception(Exception.class, (e, ctx) -> {
      // The trace goes to the log, never to the client.
      LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
      error(ctx, HttpStatus.INTERNAL_SERVER_ERROR, "Erreur interne du serveur. Le détail est dans le journal du serveur.");
    });
  }

  private static void error(Context ctx, HttpStatus status, String message) {
    ctx.status(status).json(new ApiError(message));
  }
}
