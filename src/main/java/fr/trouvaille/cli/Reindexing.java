package fr.trouvaille.cli;

import fr.trouvaille.corpus.Skipped;
import fr.trouvaille.index.CorpusIndex;
import fr.trouvaille.index.ReindexFailedException;
import fr.trouvaille.index.ReindexInProgressException;
import fr.trouvaille.index.ReindexListener;
import fr.trouvaille.index.ReindexReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Runs a reindex with a progress bar and prints its summary: shared by reindex and serve. */
final class Reindexing {

  /** Skipped files listed one by one; past this, only their number. */
  static final int LISTED_SKIPS = 20;

  private Reindexing() {}

  static ReindexReport run(CorpusIndex index, Path corpus, boolean full, PrintWriter out)
      throws IOException, ReindexInProgressException, ReindexFailedException {
    return run(index, corpus, full, out, ReindexListener.NONE);
  }

  /** As {@link #run(CorpusIndex, Path, boolean, PrintWriter)}, telling {@code also} of each step too. */
  static ReindexReport run(CorpusIndex index, Path corpus, boolean full, PrintWriter out, ReindexListener also)
      throws IOException, ReindexInProgressException, ReindexFailedException {
    ReindexReport report;
    try (ProgressReporter progress = new ProgressReporter()) {
      report = index.reindex(corpus, full, ReindexListener.both(progress, also));
    }
    out.println(report.summary());
    int listed = 0;
    for (Skipped skipped : report.skipped()) {
      if (listed++ == LISTED_SKIPS) {
        out.printf("  … and %d more skipped files%n", report.skipped().size() - LISTED_SKIPS);
        break;
      }
      out.println("  skipped " + skipped);
    }
    out.flush();
    return report;
  }
}
