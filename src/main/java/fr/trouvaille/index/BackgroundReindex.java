package fr.trouvaille.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs incremental reindexes of one corpus into one index on a background thread, one at a time,
 * and keeps their progress and the outcome of the last one for the server to show.
 */
public final class BackgroundReindex implements ReindexJobs, AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(BackgroundReindex.class);

  private final CorpusIndex target;
  private final Path corpus;
  private final Path index;
  private final Runnable afterEach;
  private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "background-reindex");
    t.setDaemon(true);
    return t;
  });
  private final AtomicReference<Progress> running = new AtomicReference<>();
  private volatile ReindexStatus.Outcome last;

  /**
   * Reindexes into {@code target}, whose folder is {@code index}; {@code afterEach} runs when a
   * reindex ends, committed or not (the server refreshes its searcher).
   */
  public BackgroundReindex(CorpusIndex target, Path corpus, Path index, Runnable afterEach) {
    this.target = target;
    this.corpus = corpus;
    this.index = index;
    this.afterEach = afterEach;
  }

  @Override
  public ReindexStatus start() throws ReindexInProgressException {
    Progress progress = new Progress(Instant.now());
    if (!running.compareAndSet(null, progress)) {
      throw new ReindexInProgressException(index.toString(), null);
    }
    try {
      probeWriteLock();
      executor.execute(() -> run(progress));
    } catch (ReindexInProgressException | RuntimeException e) {
      running.set(null);
      throw e;
    }
    return status();
  }

  // Answers 409 at once when another process reindexes. The lock is let go before the run takes
  // it again: a process that grabs it in between makes this run fail, and its outcome says so.
  private void probeWriteLock() throws ReindexInProgressException {
    try (Directory directory = FSDirectory.open(index);
        Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      lock.ensureValid();
    } catch (LockObtainFailedException e) {
      throw new ReindexInProgressException(index.toString(), e);
    } catch (IOException e) {
      LOG.debug("Could not probe the write lock of {}; the reindex will say why", index, e);
    }
  }

  private void run(Progress progress) {
    boolean succeeded = false;
    String summary;
    try {
      ReindexReport report = target.reindex(corpus, false, progress);
      succeeded = true;
      summary = report.summary();
      LOG.info("Reindex done: {}", summary);
    } catch (ReindexInProgressException e) {
      summary = e.getMessage();
    } catch (IOException | ReindexFailedException | RuntimeException e) {
      LOG.error("Reindex of {} into {} failed; the index keeps its last commit", corpus, index, e);
      summary = "failed: " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    // Refresh before saying it ended: whoever sees the outcome must also see the new commit.
    try {
      afterEach.run();
    } finally {
      finish(progress, succeeded, summary);
    }
  }

  private void finish(Progress progress, boolean succeeded, String summary) {
    Instant now = Instant.now();
    // The outcome first, then the running flag: a status read in between sees one or the other.
    last = new ReindexStatus.Outcome(succeeded, now, Duration.between(progress.startedAt, now).toMillis(), summary);
    running.set(null);
  }

  @Override
  public ReindexStatus status() {
    Progress p = running.get();
    return p == null
        ? new ReindexStatus(false, null, 0, 0, 0, 0, last)
        : new ReindexStatus(true, p.startedAt, p.files.get(), p.seen.get(), p.indexed.get(), p.skipped.get(), last);
  }

  /**
   * Abandons a running reindex (it stops before its commit, so the index keeps the last one) and
   * waits for its thread to let go of the index.
   */
  @Override
  public void close() {
    executor.shutdownNow();
    try {
      if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
        LOG.warn("The background reindex did not stop within 30 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Counts what the running reindex has done, as the reindexer reports it. */
  private static final class Progress implements ReindexListener {
    final Instant startedAt;
    final AtomicInteger files = new AtomicInteger();
    final AtomicInteger seen = new AtomicInteger();
    final AtomicInteger indexed = new AtomicInteger();
    final AtomicInteger skipped = new AtomicInteger();

    Progress(Instant startedAt) {
      this.startedAt = startedAt;
    }

    @Override
    public void started(int count) {
      files.set(count);
    }

    @Override
    public void fileDone(String id, FileOutcome outcome) {
      seen.incrementAndGet();
      if (outcome == FileOutcome.INDEXED) {
        indexed.incrementAndGet();
      } else if (outcome == FileOutcome.SKIPPED) {
        skipped.incrementAndGet();
      }
    }
  }
}
