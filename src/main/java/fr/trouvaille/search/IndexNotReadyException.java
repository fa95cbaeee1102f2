package fr.trouvaille.search;

/**
 * The index cannot answer yet: its first build is still running. The message, in French, says how far
 * it has come; the request can be made again in a moment.
 */
public final class IndexNotReadyException extends RuntimeException {
  public IndexNotReadyException(String message) {
    super(message);
  }
}
