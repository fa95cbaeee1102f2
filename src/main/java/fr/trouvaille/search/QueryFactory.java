package fr.trouvaille.search;

import fr.trouvaille.analysis.FrenchAnalysis;
import fr.trouvaille.analysis.QueryAnalysis;
import fr.trouvaille.analysis.Words;
import fr.trouvaille.index.IndexFields;
import java.text.Normalizer;
import java.time.YearMonth;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
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
 * and parentheses work. Fields and weights are {@link SearchRules#FIELDS}.
 */
final class QueryFactory {

  private static final Map<String, Float> FIELDS = SearchRules.FIELDS;

  private static final KnownPhrases PHRASES = new KnownPhrases();
  private static final Analyzer ENTRIES = FrenchAnalysis.synonymEntryAnalyzer();
  private static final Analyzer PHRASE_ANALYZER = FrenchAnalysis.phraseQueryAnalyzer();
  /** The searched fields, unweighted: where a phrase's stopwords must stand (it only filters). */
  private static final Map<String, Float> PHRASE_FIELDS =
      FIELDS.keySet().stream().collect(Collectors.toUnmodifiableMap(field -> field, field -> 1f));

  private QueryFactory() {}

  /** The query for the user's text, read as typed; {@code every} requires all words, else any of them. */
  static Query parse(String text, QueryAnalysis.Current analysis, boolean every) {
    Query query = parser(analysis, every).parse(prepared(text, analysis));
    return onlyExclusions(query) ? withAllDocuments(query) : query;
  }

  /** The text as the parser reads it: NFC, with the multi-word synonym entries in quotes. */
  static String prepared(String text, QueryAnalysis.Current analysis) {
    return PHRASES.quote(normalize(text), analysis.phrases());
  }

  /** The query of one part of a reading (all its words required); a {@link MatchNoDocsQuery} when only stopwords. */
  static Query part(String typed, QueryAnalysis.Current analysis) {
    return part(typed, analysis, FIELDS);
  }

  /** The query of one part of a reading over {@code fields}. */
  static Query part(String typed, QueryAnalysis.Current analysis, Map<String, Float> fields) {
    return parser(analysis, true, fields).parse(typed);
  }

  /**
   * The query of a reading: documents holding every searched part ({@code every}) or any of them,
   * none holding an excluded part, ranked by the sum of the parts' scores (the proximity clauses,
   * {@link #near}, rescore the best of them).
   */
  static Query read(QueryReading reading, boolean every, QueryAnalysis.Current analysis) {
    List<QueryReading.Part> searched = reading.searched();
    List<QueryReading.Part> excluded = reading.excluded();
    if (searched.isEmpty() && excluded.isEmpty()) {
      String stopwords = reading.stopwordsOnly();
      if (stopwords == null) {
        return new MatchNoDocsQuery("no word to look for");
      }
      // Stopwords are searched with the analysis that keeps them: every word, a quoted one as a phrase.
      return phrase(stopwords);
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    BooleanClause.Occur occur = every ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD;
    searched.forEach(p -> query.add(searched(p, analysis), occur));
    excluded.forEach(p -> query.add(literal(p.text(), analysis) ? phrase(p.text()) : part(p.text(), analysis),
        BooleanClause.Occur.MUST_NOT));
    if (searched.isEmpty()) {
      query.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST); // "-ukraine": every document without it
    }
    return query.build();
  }

  /** The proximity clauses of a reading ({@link QueryReading#nearPairs}), any of them; null when it has none. */
  static Query near(QueryReading reading, QueryAnalysis.Current analysis) {
    List<String> pairs = reading.nearPairs();
    if (pairs.isEmpty()) {
      return null;
    }
    SimpleQueryParser parser = SearchLimits.parser(analysis.analyzer(), Map.of(IndexFields.TEXT, 1f));
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    pairs.forEach(pair -> query.add(parser.parse(pair), BooleanClause.Occur.SHOULD));
    return query.build();
  }

  /**
   * A searched part; a quoted phrase must also stand, stopwords included ({@code "pour tous"}), while
   * it is ranked and marked as its words without them.
   */
  private static Query searched(QueryReading.Part part, QueryAnalysis.Current analysis) {
    Query text = part(part.text(), analysis);
    if (!literal(part.text(), analysis)) {
      return text;
    }
    return new BooleanQuery.Builder()
        .add(text, BooleanClause.Occur.MUST)
        .add(phrase(part.text()), BooleanClause.Occur.FILTER)
        .build();
  }

  /**
   * Whether a part is a phrase quoted by its author, to be found as written, stopwords included: not
   * a word, and not a multi-word synonym entry (quoted by {@link #prepared} so that its synonyms
   * apply: {@code Nur Sultan} also finds {@code Astana}).
   */
  static boolean literal(String text, QueryAnalysis.Current analysis) {
    return text.startsWith("\"") && !analysis.phrases().contains(
        Words.of(ENTRIES, text).stream().map(Words.Word::text).toList());
  }

  /**
   * {@code text} with its stopwords, in the searched fields (which index them where they stand):
   * every word, quoted ones side by side. It finds, and marks nothing ({@link UnmarkedQuery}): the
   * snippet marks a phrase's words without its stopwords, and stopwords searched alone not at all.
   */
  static Query phrase(String text) {
    SimpleQueryParser parser = SearchLimits.parser(PHRASE_ANALYZER, PHRASE_FIELDS);
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    return new UnmarkedQuery(parser.parse(text));
  }

  private static SimpleQueryParser parser(QueryAnalysis.Current analysis, boolean every) {
    return parser(analysis, every, FIELDS);
  }

  private static SimpleQueryParser parser(QueryAnalysis.Current analysis, boolean every, Map<String, Float> fields) {
    SimpleQueryParser parser = SearchLimits.parser(analysis.analyzer(), fields);
    parser.setDefaultOperator(every ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD);
    // A multi-word synonym ("Nur Sultan" for "Astana") must match as a phrase, not as two words.
    parser.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    return parser;
  }

  /**
   * Any of the words, each within the edit distance Elasticsearch's {@code AUTO} allows for its
   * length: none up to 2 letters, one up to 5, two beyond.
   */
  static Query fuzzy(String text, Analyzer analyzer) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String term : fuzzyWords(text, analyzer)) {
      int edits = SearchRules.fuzzyEdits(term);
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
        .limit(SearchRules.MAX_FUZZY_WORDS)
        .toList();
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
