package fr.trouvaille.cli;

import fr.trouvaille.index.ReindexListener;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Shows the progress of a reindex on standard error: a bar redrawn in place on a terminal, a line every
 * few seconds otherwise (a CI log or a file would get one endless line of {@code \r} redraws).
 */
final class ProgressReporter implements ReindexListener, AutoCloseable {

  /**
   * Between two lines when standard error is not a terminal: 5 s, or the system property
   * {@code trouvaille.progress.millis} (tests that watch a child's progress set it shorter).
   */
  static final long LOG_INTERVAL_MILLIS = Long.getLong("trouvaille.progress.millis", 5000);

  /**
   * From this many files the bar shows a rate and the time left: a folder of a few dozen files is
   * indexed within a second, where both would only read {@code ?}.
   */
  static final int RATE_FROM_FILES = 1_000;

  private final boolean terminal;

  private ProgressBar bar;
  private boolean rate;
  private final Object printing = new Object();
  private String lastLine;

  /** Java 17 has a console only when standard input and output are a terminal: close enough for stderr. */
  ProgressReporter() {
    this(System.console() != null);
  }

  ProgressReporter(boolean terminal) {
    this.terminal = terminal;
  }

  @Override
  public synchronized void started(int files) {
    ProgressBarBuilder builder = new ProgressBarBuilder()
        .setTaskName("Indexing")
        .setUnit(" files", 1)
        .setInitialMax(files)
        .setStyle(ProgressBarStyle.ASCII)
        .setUpdateIntervalMillis(terminal ? 500 : (int) LOG_INTERVAL_MILLIS)
        .setConsumer(terminal ? new ConsoleProgressBarConsumer(System.err) : new DelegatingProgressBarConsumer(this::line));
    rate = files >= RATE_FROM_FILES;
    bar = (rate ? builder.showSpeed() : builder.hideEta()).build();
  }

  // The bar renders again when it closes: a log line that says nothing new is left out.
  // Its own lock: the bar's thread calls this while close() holds the reporter's.
  private void line(String rendered) {
    synchronized (printing) {
      if (!rendered.equals(lastLine)) {
        System.err.println(rendered);
        lastLine = rendered;
      }
    }
  }

  @Override
  public void fileDone(String id) {
    bar.step(); // thread safe: the bar's counter is atomic
  }

  @Override
  public synchronized void committing() {
    if (bar != null) {
      // The rate ends the line without a space; the elapsed time alone ends it with one.
      bar.setExtraMessage(rate ? " committing…" : "committing…");
    }
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
