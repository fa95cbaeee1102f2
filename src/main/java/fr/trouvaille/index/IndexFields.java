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
  /**
   * Body text, searched and highlighted. The embedded index keeps its stopwords, where they stand:
   * quoted phrases and stopwords searched alone are read there with them, other words without.
   */
  public static final String TEXT = "text";
  /**
   * SolrCloud only: the words of the body and of the author's title as written (lower case, not
   * stemmed), read by Solr's spellcheck. The embedded index has no such field: its spelling, completion
   * and prefixes read {@link #FORMS}.
   */
  public static final String WORDS = "words";
  /**
   * Each word of the text and the author's title as written, keyed by its folded form
   * ({@link fr.trouvaille.analysis.WordForms}): completion folds as search does and offers the form most used;
   * the embedded index's did-you-mean and prefixes read it too.
   */
  public static final String FORMS = "forms";
  /**
   * SolrCloud only: the text and the author's title analyzed as the text is, stopwords kept, with
   * positions: a quoted phrase must be found there too, so {@code "pour tous"} holds its {@code pour}.
   * (A Solr field has one query analyzer; the embedded index keeps the stopwords in {@link #TEXT}.)
   */
  public static final String PHRASE = "phrase";
  /** Month as {@code YYYY-MM}: stored for display, doc values for the date facet. */
  public static final String DATE = "date";
  /** Month as a number (year × 12 + month − 1): points for the date range filter. */
  public static final String MONTH = "month";
  /** The top-level folder of the document in the corpus ({@link #folderOf}): the folder facet and filter. */
  public static final String FOLDER = "folder";
  /** File size in bytes, for the incremental reindex. */
  public static final String SIZE = "size";
  /** File modification time in milliseconds, for the incremental reindex. */
  public static final String MTIME = "mtime";
  /** SHA-256 of the file's bytes: a touched but unchanged file is not reindexed. */
  public static final String HASH = "hash";

  private IndexFields() {}

  /**
   * The folder facet's value for a document id: its first folder ({@code kazakhstan} for
   * {@code kazakhstan/2022-01-emeutes.txt}), or null for a file at the root of the corpus.
   */
  public static String folderOf(String id) {
    int slash = id.indexOf('/');
    return slash <= 0 ? null : id.substring(0, slash);
  }

  /** The number stored in {@link #MONTH} for a month. */
  public static int monthNumber(java.time.YearMonth month) {
    return month.getYear() * 12 + month.getMonthValue() - 1;
  }
}
