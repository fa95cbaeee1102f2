package fr.trouvaille.index;

/** Hears the progress of a reindex: the command line draws a bar with it, tests ignore it. */
public interface ReindexListener {

  /** A listener that does nothing. */
  ReindexListener NONE = new ReindexListener() {};

  /** The corpus was scanned: {@code files} candidate documents will be looked at. */
  default void started(int files) {}

  /** One more candidate file was looked at. */
  default void fileDone(String id) {}

  /** One more candidate file was looked at, and what became of it; by default, {@link #fileDone(String)}. */
  default void fileDone(String id, FileOutcome outcome) {
    fileDone(id);
  }

  /** All changes are written; the commit that makes them visible is next. */
  default void committing() {}

  /** A listener that tells {@code first}, then {@code second}, of each step. */
  static ReindexListener both(ReindexListener first, ReindexListener second) {
    return new ReindexListener() {
      @Override
      public void started(int files) {
        first.started(files);
        second.started(files);
      }

      @Override
      public void fileDone(String id, FileOutcome outcome) {
        first.fileDone(id, outcome);
        second.fileDone(id, outcome);
      }

      @Override
      public void committing() {
        first.committing();
        second.committing();
      }
    };
  }
}
