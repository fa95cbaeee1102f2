package fr.trouvaille.analysis;

import org.apache.lucene.analysis.Analyzer;

/** Where the search layer gets the analyzer of query words: fixed, or reloaded with the synonyms. */
public interface QueryAnalysis {

  /** The analyzer to use for the query at hand. */
  Analyzer analyzer();

  /** Picks up a changed configuration, if any; called every second by the search engine. */
  default void reloadIfChanged() {}

  /** Always the same analyzer. */
  static QueryAnalysis fixed(Analyzer analyzer) {
    return () -> analyzer;
  }
}
