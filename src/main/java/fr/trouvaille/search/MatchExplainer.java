package fr.trouvaille.search;

import fr.trouvaille.analysis.QueryAnalysis;
import fr.trouvaille.index.IndexFields;
import fr.trouvaille.search.QueryReading.Kind;
import fr.trouvaille.search.QueryReading.Part;
import fr.trouvaille.search.QueryReading.Use;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Says why each hit of a search matched ({@link WordMatch}): for each word of the query as it was
 * read ({@link QueryReading}), the spans of the document it matches, read from the postings' offsets
 * as the highlighter reads them, and the rule that joined each form ({@link MatchRules}). One weight
 * per word for the whole page; no search again per hit.
 */
final class MatchExplainer {

  /** Where a form is looked for, in this order: the text shown in snippets, then the title (a hit may match by its title only). */
  static final List<String> FIELDS = List.of(IndexFields.TEXT, IndexFields.TITLE);
  private static final Map<String, Float> WEIGHTS = Map.of(IndexFields.TEXT, 1f, IndexFields.TITLE, 1f);

  private record Word(Part part, Weight weight) {}

  private final IndexSearcher searcher;
  private final MatchRules.Page rules;
  private final QueryAnalysis.Current analysis;
  private final boolean spelling;
  private final List<Word> words;

  /**
   * An explainer of the hits of {@code reading}'s search on {@code searcher}, loosened as
   * {@code relaxed} says; {@code query} as typed gives the words of a query run as typed.
   */
  MatchExplainer(IndexSearcher searcher, MatchRules rules, QueryAnalysis.Current analysis, QueryReading reading,
      String query, String relaxed) throws IOException {
    this.searcher = searcher;
    this.analysis = analysis;
    this.spelling = "fuzzy".equals(relaxed);
    this.rules = rules.page(spelling, analysis.synonyms());
    List<Word> explained = new ArrayList<>();
    for (Part part : MatchRules.explainedParts(reading, query)) {
      Query match = match(part);
      // With scores, each term's state is looked up once for the page, not once a hit (a weight
      // without them finds the term again in each hit's segment, and goes through the query cache).
      explained.add(new Word(part, match == null ? null
          : searcher.createWeight(searcher.rewrite(match), ScoreMode.COMPLETE, 1f)));
    }
    this.words = explained;
  }

  // What finds the part's forms; null when nothing can (a word no document holds, searched as is).
  private Query match(Part part) {
    if (spelling && part.kind() == Kind.WORD) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      for (String term : QueryFactory.fuzzyWords(part.typed(), analysis.analyzer())) {
        FIELDS.forEach(field -> any.add(
            new FuzzyQuery(new Term(field, term), SearchRules.fuzzyEdits(term)), BooleanClause.Occur.SHOULD));
      }
      return any.build();
    }
    return part.use() == Use.UNKNOWN ? null : QueryFactory.part(part.text(), analysis, WEIGHTS);
  }

  /** Why the document {@code docId} matched; {@code stored}: its stored fields' values, text and title. */
  List<WordMatch> explain(int docId, Map<String, String> stored) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
    List<WordMatch> explained = new ArrayList<>(words.size());
    for (Word word : words) {
      Matches matches = word.weight() == null ? null : word.weight().matches(leaf, docId - leaf.docBase);
      Map<String, Integer> spans = new LinkedHashMap<>();
      if (matches != null) {
        for (String field : FIELDS) {
          collect(matches.getMatches(field), stored.get(field), spans);
        }
      }
      // Every form found is of this word: its own query matched it.
      explained.add(MatchRules.matchOf(word.part(), rules.forms(word.part(), shown(spans), true)));
    }
    return explained;
  }

  // The spans as shown, counted (an elided article dropped: "l’État" is "État"), in the order met.
  private static Map<String, Integer> shown(Map<String, Integer> spans) {
    Map<String, Integer> forms = new LinkedHashMap<>();
    spans.forEach((span, count) -> forms.merge(MatchRules.shown(span), count, Integer::sum));
    return forms;
  }

  // Counts the spans of the field's matches by text, as written. Spans starting at the same place (a
  // hyphenated word's joined form and its first part) count once, as the longest: the highlighter
  // marks the whole word, and the order the iterator gives such ties in is none to rely on (on
  // codes-90k, "constitu" or "constitu-tionnel" for constitu* changed from one server run to the next).
  private static void collect(MatchesIterator spans, String text, Map<String, Integer> forms) throws IOException {
    if (spans == null || text == null) {
      return;
    }
    Map<Integer, Integer> ends = new LinkedHashMap<>();
    for (int read = 0; read < MatchRules.MAX_MATCHES_READ && spans.next(); read++) {
      int start = spans.startOffset();
      int end = spans.endOffset();
      if (start >= 0 && end <= text.length() && start < end) {
        ends.merge(start, end, Math::max);
      }
    }
    ends.forEach((start, end) -> forms.merge(text.substring(start, end), 1, Integer::sum));
  }
}
