package fr.trouvaille.analysis;

import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/** Where the search layer gets what query words are analyzed with: fixed, or reloaded with the synonyms. */
public interface QueryAnalysis {

  /**
   * What queries are analyzed with now.
   *
   * @param analyzer the analyzer of query words
   * @param phrases the multi-word synonym entries, as the words {@link
   *     FrenchAnalysis#synonymEntryAnalyzer()} makes of them: typed in a query, they must be kept
   *     together for the synonym filter to see them
   * @param synonyms the rules the analyzer applies, as written: what explains a variant spelling
   */
  record Current(Analyzer analyzer, Set<List<String>> phrases, SynonymRules synonyms) {
    public Current {
      phrases = Set.copyOf(phrases);
    }

    /** An analysis without synonym rules. */
    public Current(Analyzer analyzer, Set<List<String>> phrases) {
      this(analyzer, phrases, SynonymRules.none());
    }
  }

  /** The analysis to use for the query at hand. */
  Current current();

  /** Picks up a changed configuration, if any; called every second by the search engine. */
  default void reloadIfChanged() {}

  /** Always the same analyzer, no synonyms. */
  static QueryAnalysis fixed(Analyzer analyzer) {
    Current current = new Current(analyzer, Set.of());
    return () -> current;
  }
}
