package fr.trouvaille.corpus;

/** Why a corpus file was not indexed. Each reason names something the user can fix. */
public enum SkipReason {
  EMPTY("empty (no text after the headers)"),
  BINARY("binary content (NUL bytes), not text"),
  INVALID_UTF8("not valid UTF-8"),
  TOO_LARGE("too large"),
  UNREADABLE("cannot be read"),
  SYMLINK("symbolic link (not followed, so that no document comes from outside the corpus)"),
  UNSUPPORTED_TYPE("not a .txt or .md file");

  private final String description;

  SkipReason(String description) {
    this.description = description;
  }

  /** A short English phrase for logs and the reindex summary. */
  public String description() {
    return description;
  }
}
