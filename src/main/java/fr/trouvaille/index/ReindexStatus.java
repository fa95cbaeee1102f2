package fr.trouvaille.index;

import java.time.Instant;

/**
 * Where the background reindex stands: the one running, if any, and the last one that ended.
 *
 * @param running a reindex is under way in this process
 * @param startedAt when the running reindex started; null when none runs
 * @param files candidate files of the running reindex; 0 until its corpus scan is done
 * @param seen files looked at so far
 * @param indexed files added or updated so far
 * @param skipped files left out so far
 * @param last the last reindex that ended in this process; null before the first
 */
public record ReindexStatus(
    boolean running, Instant startedAt, int files, int seen, int indexed, int skipped, Outcome last) {

  /** The status of a process in which no reindex has run yet. */
  public static final ReindexStatus NEVER = new ReindexStatus(false, null, 0, 0, 0, 0, null);

  /**
   * How a reindex ended.
   *
   * @param succeeded committed (or nothing to commit), rather than failed
   * @param finishedAt when it ended
   * @param tookMillis how long it ran
   * @param summary the report's summary line, or why it failed
   */
  public record Outcome(boolean succeeded, Instant finishedAt, long tookMillis, String summary) {}
}
