package fr.trouvaille.search;

import fr.trouvaille.analysis.QueryAnalysis;
import fr.trouvaille.index.IndexFields;
import fr.trouvaille.search.QueryReading.Kind;
import fr.trouvaille.search.QueryReading.Part;
import fr.trouvaille.search.QueryReading.Use;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;

/**
 * Says why each hit of a search matched ({@link WordMatch}): for each word of the query as it was
 * read ({@link QueryReading}), the spans of the document it matches, and the rule that joined each
 * form ({@link MatchRules}). The spans of the text are those the snippet's highlighter read for the
 * hit ({@link HitMatches}), told apart by the query (term, phrase, prefix…) that found each: no
 * search again per hit. Only the title, which snippets do not read, is looked up per hit; and a word
 * whose forms must all stand together (two words in one part), or a hit whose text was not read
 * (the reading view, close spellings, a query with operators), is asked of the word's own query.
 */
final class MatchExplainer {

  /** Where a form is looked for, in this order: the text shown in snippets, then the title (a hit may match by its title only). */
  static final List<String> FIELDS = List.of(IndexFields.TEXT, IndexFields.TITLE);
  private static final Map<String, Float> WEIGHTS = Map.of(IndexFields.TEXT, 1f, IndexFields.TITLE, 1f);

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
    // The searched query's own words, as the snippets mark them: not close spellings, not words split from operators.
    boolean shared = !spelling && !reading.operators();
    List<Part> parts = MatchRules.explainedParts(reading, query);
    List<Query> queries = new ArrayList<>();
    List<TextLeaves> leaves = new ArrayList<>();
    for (Part part : parts) {
      Query match = match(part);
      queries.add(match);
      leaves.add(shared && match != null ? leaves(match) : null);
    }
    List<Word> explained = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      boolean own = leaves.get(i) == null || leaves.get(i).sharesTerms(leaves, i);
      explained.add(new Word(parts.get(i), queries.get(i), own ? null : leaves.get(i)));
    }
    this.words = explained;
  }

  /**
   * The leaves of a word's query, any of which finds a form of it: its phrases, and its terms alone or
   * as synonyms. A term is known by itself, not by its query: the highlighter's spans of a synonym
   * name one term's query or the synonyms' query, whichever Lucene opened first.
   */
  private record TextLeaves(Set<Query> queries, Set<Term> terms, List<Query> title) {
    boolean found(Query span) {
      return queries.contains(span) || span instanceof TermQuery term && terms.contains(term.getTerm());
    }

    // A term of another word too ("loi lois"): its spans might be named by that word's query only.
    boolean sharesTerms(List<TextLeaves> all, int self) {
      for (int i = 0; i < all.size(); i++) {
        if (i != self && all.get(i) != null && !Collections.disjoint(terms, all.get(i).terms())) {
          return true;
        }
      }
      return false;
    }

    // The title's leaves, any of them: where the word is looked up per hit (snippets do not read titles).
    Query titleQuery() {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      title.forEach(leaf -> any.add(leaf, BooleanClause.Occur.SHOULD));
      return any.build();
    }
  }

  /** A word of the query, and what finds its forms. */
  private final class Word {
    private final Part part;
    private final Query query;
    // The leaves of the word, any of which finds a form of it; null: ask its own weight.
    private final TextLeaves text;
    private Weight own;
    private Weight title;

    Word(Part part, Query query, TextLeaves text) throws IOException {
      this.part = part;
      this.query = query;
      this.text = text;
      if (text != null) {
        title = weight(text.titleQuery());
      }
    }

    // Built at the first hit that needs it: most pages never do.
    Weight own() throws IOException {
      if (own == null && query != null) {
        own = weight(query);
      }
      return own;
    }
  }

  // With scores, each term's state is looked up once for the page, not once a hit (a weight
  // without them finds the term again in each hit's segment, and goes through the query cache).
  private Weight weight(Query query) throws IOException {
    return searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
  }

  // The leaves of a word's query (text and title), as the searched query holds them, when any one of
  // them matching is the word matching (a word, its synonyms, a phrase); else null (a prefix not
  // read as its forms is a multi-term query, whose spans name each term's query: asked per hit).
  private TextLeaves leaves(Query query) throws IOException {
    TextLeaves leaves = emptyLeaves();
    // The highlighter rewrites the searched query: its text leaves are those before and after
    // rewriting; the title's are looked up per hit, from the query as written.
    TextLeaves rewritten = emptyLeaves();
    if (!anyOf(query, leaves) || !anyOf(searcher.rewrite(query), rewritten)) {
      return null;
    }
    leaves.queries().addAll(rewritten.queries());
    leaves.terms().addAll(rewritten.terms());
    return leaves;
  }

  private static TextLeaves emptyLeaves() {
    return new TextLeaves(new HashSet<>(), new HashSet<>(), new ArrayList<>());
  }

  private static boolean anyOf(Query query, TextLeaves leaves) {
    if (query instanceof BoostQuery boost) {
      return anyOf(boost.getQuery(), leaves);
    }
    if (query instanceof BooleanQuery bool) {
      List<BooleanClause> clauses = bool.clauses();
      boolean alone = clauses.size() == 1 && clauses.get(0).getOccur() == BooleanClause.Occur.MUST;
      return bool.getMinimumNumberShouldMatch() == 0 && clauses.stream().allMatch(clause ->
          (alone || clause.getOccur() == BooleanClause.Occur.SHOULD) && anyOf(clause.getQuery(), leaves));
    }
    String field;
    if (query instanceof TermQuery term) {
      field = term.getTerm().field();
    } else if (query instanceof SynonymQuery synonyms) {
      field = synonyms.getField();
    } else if (query instanceof PhraseQuery phrase) {
      field = phrase.getField();
    } else if (query instanceof MultiPhraseQuery phrase) {
      field = phrase.getTermArrays()[0][0].field();
    } else {
      return false;
    }
    if (field.equals(IndexFields.TITLE)) {
      leaves.title().add(query);
    } else if (field.equals(IndexFields.TEXT)) {
      leaves.queries().add(query);
      if (query instanceof TermQuery term) {
        leaves.terms().add(term.getTerm());
      } else if (query instanceof SynonymQuery synonyms) {
        leaves.terms().addAll(synonyms.getTerms());
      }
    }
    return true;
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
    return explain(docId, stored, null);
  }

  /**
   * Why the document {@code docId} matched; {@code stored}: its stored fields' values, text and title;
   * {@code text}: the matches of its text the highlighter read, or null.
   */
  List<WordMatch> explain(int docId, Map<String, String> stored, HitMatches text) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
    int doc = docId - leaf.docBase;
    List<WordMatch> explained = new ArrayList<>(words.size());
    for (Word word : words) {
      Map<String, Integer> spans = new LinkedHashMap<>();
      if (text != null && word.text != null) {
        count(ends(text.spans(), word.text, stored.get(IndexFields.TEXT)), stored.get(IndexFields.TEXT), spans);
        collect(matches(word.title, leaf, doc), IndexFields.TITLE, stored, spans);
      } else {
        Matches matches = matches(word.own(), leaf, doc);
        for (String field : FIELDS) {
          collect(matches, field, stored, spans);
        }
      }
      // Every form found is of this word: its own query matched it.
      explained.add(MatchRules.matchOf(word.part, rules.forms(word.part, shown(spans), true)));
    }
    return explained;
  }

  private static Matches matches(Weight weight, LeafReaderContext leaf, int doc) throws IOException {
    return weight == null ? null : weight.matches(leaf, doc);
  }

  // The spans as shown, counted (an elided article dropped: "l’État" is "État"), in the order met.
  private static Map<String, Integer> shown(Map<String, Integer> spans) {
    Map<String, Integer> forms = new LinkedHashMap<>();
    spans.forEach((span, count) -> forms.merge(MatchRules.shown(span), count, Integer::sum));
    return forms;
  }

  private static void collect(Matches matches, String field, Map<String, String> stored, Map<String, Integer> forms)
      throws IOException {
    String text = stored.get(field);
    if (matches != null && text != null) {
      count(ends(matches.getMatches(field), text), text, forms);
    }
  }

  // The spans of a field's matches, each start with its end, at most MAX_MATCHES_READ read. Spans
  // starting at the same place (a hyphenated word's joined form and its first part) count once, as
  // the longest: the highlighter marks the whole word, and the order the iterator gives such ties in
  // is none to rely on (on codes-90k, "constitu" or "constitu-tionnel" for constitu* changed from one
  // server run to the next).
  private static Map<Integer, Integer> ends(MatchesIterator spans, String text) throws IOException {
    Map<Integer, Integer> ends = new LinkedHashMap<>();
    for (int read = 0; spans != null && read < MatchRules.MAX_MATCHES_READ && spans.next(); read++) {
      keep(spans.startOffset(), spans.endOffset(), text, ends);
    }
    return ends;
  }

  // The same of the word's own spans among those the highlighter read, found by its leaf queries.
  private static Map<Integer, Integer> ends(List<HitMatches.Span> spans, TextLeaves word, String text) {
    Map<Integer, Integer> ends = new LinkedHashMap<>();
    int read = 0;
    for (int i = 0; text != null && i < spans.size() && read < MatchRules.MAX_MATCHES_READ; i++) {
      HitMatches.Span span = spans.get(i);
      if (word.found(span.query())) {
        keep(span.start(), span.end(), text, ends);
        read++;
      }
    }
    return ends;
  }

  private static void keep(int start, int end, String text, Map<Integer, Integer> ends) {
    if (start >= 0 && end <= text.length() && start < end) {
      ends.merge(start, end, Math::max);
    }
  }

  // Counts the spans by text, as written.
  private static void count(Map<Integer, Integer> ends, String text, Map<String, Integer> forms) {
    ends.forEach((start, end) -> forms.merge(text.substring(start, end), 1, Integer::sum));
  }
}
