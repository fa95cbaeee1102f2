package fr.trouvaille.search;

import fr.trouvaille.analysis.QueryAnalysis;
import fr.trouvaille.analysis.Words;
import fr.trouvaille.index.IndexFields;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Turns what a user typed into a Lucene query, leniently: Lucene's {@link SimpleQueryParser} never
 * throws on odd input (an unbalanced quote is read as text), which is what a search box needs.
 *
 * <p>{@code "quoted phrases"}, {@code -excluded} words, {@code prefix*}, {@code a | b} alternatives
 * and parentheses work. Title matches weigh twice a body match.
 */
final class QueryFactory {

  private static final Map<String, Float> FIELDS = Map.of(IndexFields.TITLE, 2f, IndexFields.TEXT, 1f);

  /** Words of a query tried with close spellings, at most. */
  static final int MAX_FUZZY_WORDS = 8;

  private static final KnownPhrases PHRASES = new KnownPhrases();

  private QueryFactory() {}

  /** The query for the user's text; {@code every} requires all words, else any of them. */
  static Query parse(String text, QueryAnalysis.Current analysis, boolean every) {
    SimpleQueryParser parser = SearchLimits.parser(analysis.analyzer(), FIELDS);
    parser.setDefaultOperator(every ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
    // A multi-word synonym ("Nur Sultan" for "Astana") must match as a phrase, not as two words.
    parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    Query query = parser.parse(PHRASES.quote(normalize(text), analysis.phrases()));
    return onlyExclusions(query) ? withAllDocuments(query) : query;
  }

  /**
   * Any of the words, each within the edit distance Elasticsearch's {@code AUTO} allows for its
   * length: none up to 2 letters, one up to 5, two beyond.
   */
  static Query fuzzy(String text, Analyzer analyzer) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String term : fuzzyWords(text, analyzer)) {
      int edits = edits(term);
      FIELDS.forEach((field, boost) ->
          any.add(new BoostQuery(new FuzzyQuery(new Term(field, term), edits), boost), BooleanClause.Occur.SHOULD));
    }
    BooleanQuery query = any.build();
    return query.clauses().isEmpty() ? new MatchNoDocsQuery("no word to look for") : query;
  }

  /** The words a fuzzy relaxation looks for: each walks many index terms, so a few words of sensible length. */
  static List<String> fuzzyWords(String text, Analyzer analyzer) {
    return terms(text, analyzer).stream()
        .filter(term -> term.length() <= SearchLimits.MAX_EXPANDED_WORD)
        .limit(MAX_FUZZY_WORDS)
        .toList();
  }

  static int edits(String term) {
    return term.length() <= 2 ? 0 : term.length() <= 5 ? 1 : 2;
  }

  /** The ranking query restricted to the months from..to and to {@code folder} (any may be null). */
  static Query filtered(Query query, YearMonth from, YearMonth to, String folder) {
    if (from == null && to == null && folder == null) {
      return query;
    }
    BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
    if (from != null || to != null) {
      int lower = from == null ? Integer.MIN_VALUE : IndexFields.monthNumber(from);
      int upper = to == null ? Integer.MAX_VALUE : IndexFields.monthNumber(to);
      filtered.add(IntPoint.newRangeQuery(IndexFields.MONTH, lower, upper), BooleanClause.Occur.FILTER);
    }
    if (folder != null) {
      filtered.add(new TermQuery(new Term(IndexFields.FOLDER, folder)), BooleanClause.Occur.FILTER);
    }
    return filtered.build();
  }

  /** The distinct terms {@code analyzer} makes of {@code text}, operators read as plain text. */
  static Set<String> terms(String text, Analyzer analyzer) {
    Set<String> terms = new LinkedHashSet<>();
    Words.of(analyzer, normalize(text)).forEach(word -> terms.add(word.text()));
    return terms;
  }

  // The same Unicode form as the indexed text, so a decomposed "é" typed on some systems matches.
  static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  // "-ukraine" alone means "every document without ukraine", not "nothing" as Lucene would read it.
  private static boolean onlyExclusions(Query query) {
    return query instanceof BooleanQuery bq
        && !bq.clauses().isEmpty()
        && bq.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT);
  }

  private static Query withAllDocuments(Query exclusions) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    ((BooleanQuery) exclusions).clauses().forEach(builder::add);
    return builder.build();
  }
}
