package fr.trouvaille.index;

/** Reindexes run in the background on request: what the web layer may ask of the index writer. */
public interface ReindexJobs {

  /**
   * Starts a reindex in the background and returns at once.
   *
   * @throws ReindexInProgressException when one runs already, in this process or another
   */
  ReindexStatus start() throws ReindexInProgressException;

  /** The progress of the running reindex and the outcome of the last one. */
  ReindexStatus status();
}
