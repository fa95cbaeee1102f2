package fr.trouvaille.search;

import java.util.List;

/**
 * How a query was read: each part of what was typed and what the search did with it. Built before
 * any engine query, so both backends (and anything that explains a result) read the same thing.
 *
 * @param parts the words, phrases, prefixes and exclusions, in the order typed; empty when
 *     {@code operators} is true
 * @param operators the query uses alternatives ({@code a | b}) or escapes: it is run as typed, every
 *     word required, and loosened as a whole
 */
public record QueryReading(List<Part> parts, boolean operators) {

  /** What kind of part. */
  public enum Kind { WORD, PHRASE, PREFIX, EXCLUDED }

  /** What the search does with a part. */
  public enum Use {
    /** Searched. */
    KEPT,
    /** No document holds it in any form: dropped, and said so. */
    UNKNOWN,
    /**
     * It only frames a question ({@code comment}, {@code quel}…) or carries its grammar
     * ({@code depuis}, {@code plus}: {@link SearchRules#FUNCTION_WORDS}) and other words remain: weighs nothing.
     */
    FRAMING,
    /** Only stopwords: the analysis keeps nothing of it. */
    STOPWORD
  }

  /**
   * One part of the query.
   *
   * @param typed as typed, without the operator ({@code -} of an exclusion), with the quotes of a phrase
   *     and the {@code *} of a prefix
   * @param text what the query parser is given for it: the typed text, or for a prefix the words of
   *     the corpus, as written, that begin with it ({@code (commission|commissions|commissaire)})
   */
  public record Part(String typed, String text, Kind kind, Use use) {
    /** A part searched as typed. */
    public Part(String typed, Kind kind, Use use) {
      this(typed, typed, kind, use);
    }

    boolean searched() {
      return use == Use.KEPT && kind != Kind.EXCLUDED;
    }

    Part as(Use newUse) {
      return new Part(typed, text, kind, newUse);
    }
  }

  public QueryReading {
    parts = List.copyOf(parts);
  }

  /** A query run as typed. */
  public static QueryReading asTyped() {
    return new QueryReading(List.of(), true);
  }

  /** The parts searched for (not excluded): a document must hold {@link #required()} of them. */
  public List<Part> searched() {
    return parts.stream().filter(Part::searched).toList();
  }

  /** The parts excluded: no result holds them. */
  public List<Part> excluded() {
    return parts.stream().filter(p -> p.use() == Use.KEPT && p.kind() == Kind.EXCLUDED).toList();
  }

  /**
   * The text of a query made only of stopwords ({@code le}, {@code "pour la"}), quotes kept, or
   * null: such a query looks for those words with the analysis that keeps them, quoted ones side by
   * side (the embedded text field indexes them; SolrCloud's phrase field).
   */
  public String stopwordsOnly() {
    if (parts.isEmpty() || parts.stream().anyMatch(p -> p.use() != Use.STOPWORD || p.kind() == Kind.EXCLUDED)) {
      return null;
    }
    String words = String.join(" ", parts.stream().map(Part::typed).toList()).strip();
    return words.codePoints().anyMatch(Character::isLetterOrDigit) ? words : null;
  }

  /** The words dropped because no document holds them, as typed. */
  public List<String> unknown() {
    return parts.stream().filter(p -> p.use() == Use.UNKNOWN).map(Part::typed).toList();
  }

  /**
   * The words a search loosened as {@code relaxed} left out: the unknown ones, unless it looked for
   * close spellings of every word ({@code "fuzzy"}).
   */
  public List<String> ignored(String relaxed) {
    return "fuzzy".equals(relaxed) ? List.of() : unknown();
  }

  /** Whether a document must hold every searched part at first ({@link SearchRules#everyWord}). */
  public boolean everyWord() {
    return SearchRules.everyWord(typedWords());
  }

  /** The proximity clauses of the searched words ({@link SearchRules#nearPairs}). */
  public List<String> nearPairs() {
    return SearchRules.nearPairs(searched().stream().filter(p -> p.kind() == Kind.WORD).map(Part::text).toList());
  }

  /** The words typed, stopwords and framing words included, exclusions not: how long the query looks to its author. */
  public int typedWords() {
    return (int) parts.stream()
        .filter(p -> p.kind() != Kind.EXCLUDED && p.typed().codePoints().anyMatch(Character::isLetterOrDigit))
        .count();
  }
}
