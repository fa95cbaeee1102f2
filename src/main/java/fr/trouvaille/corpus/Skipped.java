package fr.trouvaille.corpus;

/** A corpus file left out of the index, with the reason and, where useful, a detail. */
public record Skipped(String id, SkipReason reason, String detail) {
  @Override
  public String toString() {
    return id + ": " + reason.description() + (detail == null || detail.isEmpty() ? "" : " (" + detail + ")");
  }
}
