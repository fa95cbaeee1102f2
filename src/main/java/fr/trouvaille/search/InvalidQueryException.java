package fr.trouvaille.search;

/** The user's query cannot be run as written; the message, in French, says why. */
public final class InvalidQueryException extends RuntimeException {
  public InvalidQueryException(String message) {
    super(message);
  }
}
