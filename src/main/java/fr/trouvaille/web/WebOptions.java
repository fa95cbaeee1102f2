package fr.trouvaille.web;

import fr.trouvaille.index.ReindexJobs;

/**
 * How the web application is set up beyond its search engine.
 *
 * @param limits request sizes and timeouts
 * @param adminToken the bearer token that the reindex routes require; null turns them off
 * @param reindex the background reindex those routes start and watch; null turns them off
 */
public record WebOptions(ServerLimits limits, String adminToken, ReindexJobs reindex) {

  /** Default limits, no reindex over HTTP. */
  public static WebOptions defaults() {
    return new WebOptions(ServerLimits.DEFAULTS, null, null);
  }

  /** Default limits, and reindexes over HTTP for holders of {@code adminToken} (null or blank: off). */
  public static WebOptions withAdmin(String adminToken, ReindexJobs reindex) {
    return new WebOptions(ServerLimits.DEFAULTS, adminToken == null || adminToken.isBlank() ? null : adminToken, reindex);
  }

  /** These options with other limits. */
  public WebOptions withLimits(ServerLimits other) {
    return new WebOptions(other, adminToken, reindex);
  }
}
