package fr.trouvaille.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;

/**
 * Reads the words of a synonym rule as the query chain reads a query, up to the synonyms. Public
 * with a no-argument constructor because the synonym filter factory, like Solr's, instantiates
 * the analyzer named in its {@code analyzer} parameter.
 */
public final class SynonymEntryAnalyzer extends DelegatingAnalyzerWrapper {

  private final Analyzer delegate = FrenchAnalysis.synonymEntryAnalyzer();

  public SynonymEntryAnalyzer() {
    super(PER_FIELD_REUSE_STRATEGY);
  }

  @Override
  protected Analyzer getWrappedAnalyzer(String fieldName) {
    return delegate;
  }
}
