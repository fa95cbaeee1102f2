package fr.trouvaille.index;

import java.util.List;

/** Documents could not be indexed, even after a retry: the message names them and says why. */
public final class ReindexFailedException extends Exception {

  /** Ids listed in the message one by one; past this, only their number. */
  static final int LISTED = 20;

  private final List<String> notSent;

  public ReindexFailedException(String reason, List<String> notSent, Throwable cause) {
    super(message(reason, notSent), cause);
    this.notSent = List.copyOf(notSent);
  }

  /** The ids of the documents that were not indexed. */
  public List<String> notSent() {
    return notSent;
  }

  private static String message(String reason, List<String> ids) {
    String listed = String.join(", ", ids.subList(0, Math.min(LISTED, ids.size())));
    String more = ids.size() > LISTED ? " and " + (ids.size() - LISTED) + " more" : "";
    return reason + "; " + ids.size() + " documents not sent: " + listed + more;
  }
}
