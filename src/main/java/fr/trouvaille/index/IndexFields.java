package fr.trouvaille.index;

/** Names of the index fields, in one place for the writer and the searcher. */
public final class IndexFields {
  /** Path relative to the corpus folder: the key for updates and the tie-breaker in ranking. */
  public static final String ID = "id";
  /** Title shown in results: the author's, else the first sentence of the text. */
  public static final String TITLE = "title";
  /**
   * The title the author gave (header, heading), searched with the title weight; absent when the title
   * was taken from the text: a first sentence weighed as a title outranked the documents that answer.
   */
  public static final String HEADING = "heading";
  /** Body text, searched and highlighted. */
  public static final String TEXT = "text";
  /** The words of the body and of the author's title as written (lower case, not stemmed): completion, spelling, prefixes. */
  public static final String WORDS = "words";
  /** Month as {@code YYYY-MM}: stored for display, doc values for the date facet. */
  public static final String DATE = "date";
  /** Month as a number (year × 12 + month − 1): points for the date range filter. */
  public static final String MONTH = "month";
  /** File size in bytes, for the incremental reindex. */
  public static final String SIZE = "size";
  /** File modification time in milliseconds, for the incremental reindex. */
  public static final String MTIME = "mtime";
  /** SHA-256 of the file's bytes: a touched but unchanged file is not reindexed. */
  public static final String HASH = "hash";

  private IndexFields() {}

  /** The number stored in {@link #MONTH} for a month. */
  public static int monthNumber(java.time.YearMonth month) {
    return month.getYear() * 12 + month.getMonthValue() - 1;
  }
}
