package fr.trouvaille.corpus;

/** Why a corpus file was not indexed. Each reason names something the user can fix. */
public enum SkipReason {
  EMPTY("empty (no text after the headers)"),
  BINARY("binary content (NUL bytes), not text"),
  INVALID_UTF8("not valid UTF-8"),
  TOO_LARGE("too large"),
  UNREADABLE("cannot be read"),
  SYMLINK("symbolic link (not followed, so that no document comes from outside the corpus)"),
  UNSUPPORTED_TYPE("not a file type Trouvaille reads (" + DocumentFormat.allExtensions() + ")"),
  ENCRYPTED("encrypted (protected by a password): its text cannot be read"),
  NO_TEXT_LAYER("scanned, no text: OCR is not done"),
  CORRUPT("corrupt, or not readable as its format"),
  TIMED_OUT("its text took too long to extract"),
  TOO_MUCH_MEMORY("its text needed too much memory to extract"),
  TOO_MUCH_TEXT("too much text");

  private final String description;

  SkipReason(String description) {
    this.description = description;
  }

  /** A short English phrase for logs and the reindex summary. */
  public String description() {
    return description;
  }
}
