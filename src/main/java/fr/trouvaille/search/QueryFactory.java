package fr.trouvaille.search;

import fr.trouvaille.index.IndexFields;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Turns what a user typed into a Lucene query, leniently: Lucene's {@link SimpleQueryParser} never
 * throws on odd input (an unbalanced quote is read as text), which is what a search box needs.
 *
 * <p>Every word is required; {@code "quoted phrases"}, {@code -excluded} words, {@code prefix*},
 * {@code a | b} alternatives and parentheses work. Title matches weigh twice a body match.
 */
final class QueryFactory {

  private static final Map<String, Float> FIELDS = Map.of(IndexFields.TITLE, 2f, IndexFields.TEXT, 1f);

  private final Analyzer analyzer;

  QueryFactory(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The query for the user's text: what to rank by. */
  Query parse(String text) {
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, FIELDS);
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    // The same Unicode form as the indexed text, so a decomposed "é" typed on some systems matches.
    Query query = parser.parse(Normalizer.normalize(text, Normalizer.Form.NFC));
    return onlyExclusions(query) ? withAllDocuments(query) : query;
  }

  /** The ranking query restricted to the months from..to (either may be null). */
  Query filtered(Query query, YearMonth from, YearMonth to) {
    if (from == null && to == null) {
      return query;
    }
    int lower = from == null ? Integer.MIN_VALUE : IndexFields.monthNumber(from);
    int upper = to == null ? Integer.MAX_VALUE : IndexFields.monthNumber(to);
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(IntPoint.newRangeQuery(IndexFields.MONTH, lower, upper), BooleanClause.Occur.FILTER)
        .build();
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
