package fr.trouvaille.web;

import fr.trouvaille.corpus.OriginalFiles;
import fr.trouvaille.index.ReindexJobs;

/**
 * How the web application is set up beyond its search engine.
 *
 * @param limits request sizes and timeouts
 * @param adminToken the bearer token that the reindex routes require; null turns them off
 * @param reindex the background reindex those routes start and watch; null turns them off
 * @param originals the corpus's files, for the download of a document's original; null: none offered
 */
public record WebOptions(ServerLimits limits, String adminToken, ReindexJobs reindex, OriginalFiles originals) {

  /** Default limits, no reindex over HTTP. */
  public static WebOptions defaults() {
    return new WebOptions(ServerLimits.DEFAULTS, null, null, null);
  }

  /** Default limits, and reindexes over HTTP for holders of {@code adminToken} (null or blank: off). */
  public static WebOptions withAdmin(String adminToken, ReindexJobs reindex) {
    return new WebOptions(ServerLimits.DEFAULTS, adminToken == null || adminToken.isBlank() ? null : adminToken, reindex, null);
  }

  /** These options with other limits. */
  public WebOptions withLimits(ServerLimits other) {
    return new WebOptions(other, adminToken, reindex, originals);
  }

  /** These options, with the originals of the documents served from {@code files}. */
  public WebOptions withOriginals(OriginalFiles files) {
    return new WebOptions(limits, adminToken, reindex, files);
  }
}
