package fr.trouvaille.cli;

import fr.trouvaille.index.ReindexListener;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Draws a progress bar on standard error while a reindex looks at the corpus files. */
final class ProgressReporter implements ReindexListener, AutoCloseable {

  private ProgressBar bar;

  @Override
  public synchronized void started(int files) {
    bar = new ProgressBarBuilder()
        .setTaskName("Indexing")
        .setUnit(" files", 1)
        .setInitialMax(files)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(500)
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .showSpeed()
        .build();
  }

  @Override
  public void fileDone(String id) {
    bar.step(); // thread safe: the bar's counter is atomic
  }

  @Override
  public synchronized void committing() {
    if (bar != null) {
      bar.setExtraMessage(" committing…");
    }
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
