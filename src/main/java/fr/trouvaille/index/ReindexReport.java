package fr.trouvaille.index;

import fr.trouvaille.corpus.Skipped;
import java.time.Duration;
import java.util.List;

/**
 * What a reindex did.
 *
 * @param added new documents
 * @param updated documents whose file changed
 * @param deleted documents whose file is gone or can no longer be read
 * @param unchanged documents left as they were
 * @param skipped files not indexed, with the reason
 * @param documents documents in the index after the commit
 * @param bytesRead bytes of files read and parsed
 * @param took wall time
 */
public record ReindexReport(
    int added, int updated, int deleted, int unchanged, List<Skipped> skipped, int documents,
    long bytesRead, Duration took) {

  public ReindexReport {
    skipped = List.copyOf(skipped);
  }

  /** True when the index was changed by this reindex. */
  public boolean changed() {
    return added + updated + deleted > 0;
  }

  /** One line for logs and the command line. */
  public String summary() {
    return String.format(
        "%d added, %d updated, %d deleted, %d unchanged, %d skipped; %d documents in the index (%.1f s)",
        added, updated, deleted, unchanged, skipped.size(), documents, took.toMillis() / 1000.0);
  }
}
