package fr.trouvaille.index;

/** Another reindex holds the index's write lock. */
public final class ReindexInProgressException extends Exception {
  public ReindexInProgressException(String indexPath, Throwable cause) {
    super("Another reindex is running on " + indexPath + "; wait for it to finish, then try again.", cause);
  }
}
