package fr.trouvaille.corpus;

/** Thrown when no text can be extracted from a file: it is skipped with {@link #reason()}. */
public final class NotExtracted extends Exception {
  private final SkipReason reason;

  public NotExtracted(SkipReason reason, String detail) {
    super(detail, null, false, false);
    this.reason = reason;
  }

  public SkipReason reason() {
    return reason;
  }

  /** What went wrong, for the summary. */
  public String detail() {
    return getMessage();
  }
}
