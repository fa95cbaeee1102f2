package fr.trouvaille.search;

import fr.trouvaille.analysis.FrenchAnalysis;
import fr.trouvaille.analysis.QueryAnalysis;
import fr.trouvaille.analysis.Words;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/**
 * How Trouvaille reads what a user typed, for a backend that runs the query parser elsewhere (Solr
 * runs the same {@code SimpleQueryParser} with the same analysis): the text as our parser gets it,
 * its analyzed terms, the edit distance a fuzzy term allows, and the limits of paging.
 */
public final class QueryText {

  private QueryText() {}

  /** The text our parser reads: NFC, with the multi-word synonym entries in quotes. */
  public static String prepared(String text, QueryAnalysis.Current analysis) {
    return QueryFactory.prepared(text, analysis);
  }

  /**
   * The reading of {@code prepared} (see {@link #prepared}), as the embedded backend reads it.
   *
   * @param known whether some document holds a word (one of {@link #readWords}) in any form
   * @param prefixForms the words of the corpus as written that begin with a prefix, the most frequent first
   */
  public static QueryReading read(String prepared, Analyzer analyzer, java.util.function.Predicate<String> known,
      java.util.function.Function<String, List<String>> prefixForms) {
    return QueryReader.read(prepared, analyzer, known, prefixForms);
  }

  /**
   * Whether a part of a reading is a phrase its author quoted, which must also be found as written,
   * stopwords included (a quoted synonym entry is not).
   */
  public static boolean literalPhrase(String partText, QueryAnalysis.Current analysis) {
    return QueryFactory.literal(partText, analysis);
  }

  /** The words of {@code prepared} whose presence in the index a reading asks about. */
  public static List<String> readWords(String prepared) {
    return QueryReader.words(prepared);
  }

  /** The analyzed words the fuzzy relaxation looks for: at most a few, of sensible length. */
  public static List<String> fuzzyWords(String text, Analyzer analyzer) {
    return QueryFactory.fuzzyWords(text, analyzer);
  }

  /** How long a search may collect hits before it answers with what it found (the service's limit). */
  public static java.time.Duration timeBudget() {
    return SearchLimits.DEFAULTS.timeBudget();
  }

  /** The text in the Unicode form of the indexed text (NFC). */
  public static String normalized(String text) {
    return QueryFactory.normalize(text);
  }

  /** The words of the text as written (lower case, elision), with their offsets in the NFC text. */
  public static List<Words.Word> surfaceWords(String text, Analyzer wordsAnalyzer) {
    return Words.of(wordsAnalyzer, QueryFactory.normalize(text));
  }

  /** The analyzer of {@link #surfaceWords}. */
  public static Analyzer wordsAnalyzer() {
    return FrenchAnalysis.wordsAnalyzer();
  }

  /** Refuses a page past the first {@value RelaxingSearch#MAX_WINDOW} hits. */
  public static void checkPage(SearchRequest request) {
    if ((long) request.page() * request.size() > RelaxingSearch.MAX_WINDOW) {
      throw new InvalidQueryException(
          "Page trop lointaine : les " + RelaxingSearch.MAX_WINDOW + " premiers résultats seulement peuvent être parcourus.");
    }
  }

  /** The message of a query that expands to too many terms. */
  public static InvalidQueryException tooComplex() {
    return new InvalidQueryException("Requête trop complexe : elle couvre trop de mots. Précisez-la.");
  }
}
