package fr.trouvaille.search;

import java.time.Duration;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;

/**
 * Bounds on what one search may cost, whatever the user typed: how many words a {@code prefix*} or
 * a {@code fuzzy~} word may expand to, the slop of a phrase, the clauses of a query, and the time a
 * search may take before it answers with what it has found so far.
 */
public final class SearchLimits {

  /** Distinct indexed words one {@code prefix*} may stand for, per field (the first in term order). */
  public static final int MAX_PREFIX_EXPANSIONS = 128;
  /** Distinct indexed words one {@code word~} may stand for (Lucene's default, kept explicit). */
  public static final int MAX_FUZZY_EXPANSIONS = 50;
  /** Longest word read as a prefix or a fuzzy word; a longer one is looked up as it is. */
  public static final int MAX_EXPANDED_WORD = 64;
  /** Largest slop of a {@code "phrase"~N}. */
  public static final int MAX_PHRASE_SLOP = 20;
  /** Clauses a query may hold once expanded: Lucene's default, which we do not change (it is global). */
  public static final int MAX_CLAUSES = IndexSearcher.getMaxClauseCount();
  /** The limits the service runs with: two seconds per search. */
  public static final SearchLimits DEFAULTS = new SearchLimits(Duration.ofSeconds(2));

  private final Duration timeBudget;

  /** {@code timeBudget}: how long one search may collect hits before it answers with a partial page. */
  public SearchLimits(Duration timeBudget) {
    this.timeBudget = timeBudget;
  }

  /** How long one search may collect hits. */
  public Duration timeBudget() {
    return timeBudget;
  }

  /**
   * A searcher over the same reader as {@code shared}, for one request, that stops collecting when
   * the time budget is spent; {@link IndexSearcher#timedOut()} then says the result is partial.
   * One per request: the shared searcher cannot carry one request's clock.
   */
  IndexSearcher timed(IndexSearcher shared) {
    IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
    searcher.setSimilarity(shared.getSimilarity());
    searcher.setTimeout(new QueryTimeoutImpl(timeBudget.toMillis()));
    return searcher;
  }

  /** The lenient parser of the search box, with the expansions above bounded. */
  static SimpleQueryParser parser(Analyzer analyzer, Map<String, Float> fields) {
    return new BoundedQueryParser(analyzer, fields);
  }

  /** True for Lucene's refusals of a query that would expand beyond what it allows. */
  static boolean tooComplex(RuntimeException e) {
    return e instanceof IndexSearcher.TooManyClauses
        || e instanceof FuzzyTermsEnum.FuzzyTermsException
        || e instanceof TooComplexToDeterminizeException
        // AutomatonQuery refuses a prefix longer than its automaton limit with this message.
        || e instanceof IllegalArgumentException && String.valueOf(e.getMessage()).contains("automaton is too large");
  }
}
