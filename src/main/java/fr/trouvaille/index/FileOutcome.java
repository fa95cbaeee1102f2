package fr.trouvaille.index;

/** What a reindex did with one corpus file. */
public enum FileOutcome {
  /** Added or updated in the index. */
  INDEXED,
  /** Already indexed as it is. */
  UNCHANGED,
  /** Left out of the index, with a reason in the report. */
  SKIPPED
}
