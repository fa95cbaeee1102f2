package fr.trouvaille.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;

/**
 * Lucene's {@link SimpleQueryParser} with the costly operators bounded by {@link SearchLimits}: a
 * prefix stands for a bounded number of words, a very long prefix or fuzzy word is read as a plain
 * word, and a phrase's slop is capped.
 */
final class BoundedQueryParser extends SimpleQueryParser {

  // Scores the kept words as one blended term, as a plain word would score.
  private static final MultiTermQuery.RewriteMethod BOUNDED_PREFIX =
      new MultiTermQuery.TopTermsBlendedFreqScoringRewrite(SearchLimits.MAX_PREFIX_EXPANSIONS);

  BoundedQueryParser(Analyzer analyzer, Map<String, Float> fields) {
    super(analyzer, fields);
  }

  @Override
  protected Query newPrefixQuery(String text) {
    if (text.length() > SearchLimits.MAX_EXPANDED_WORD) {
      return newDefaultQuery(text);
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (Map.Entry<String, Float> field : weights.entrySet()) {
      Query prefix = new PrefixQuery(new Term(field.getKey(), getAnalyzer().normalize(field.getKey(), text)), BOUNDED_PREFIX);
      any.add(field.getValue() == 1f ? prefix : new BoostQuery(prefix, field.getValue()), BooleanClause.Occur.SHOULD);
    }
    return simplify(any.build());
  }

  @Override
  protected Query newFuzzyQuery(String text, int fuzziness) {
    return text.length() > SearchLimits.MAX_EXPANDED_WORD ? newDefaultQuery(text) : super.newFuzzyQuery(text, fuzziness);
  }

  @Override
  protected Query newPhraseQuery(String text, int slop) {
    return super.newPhraseQuery(text, Math.min(slop, SearchLimits.MAX_PHRASE_SLOP));
  }
}
