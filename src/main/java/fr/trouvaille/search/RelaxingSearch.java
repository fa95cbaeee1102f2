package fr.trouvaille.search;

import fr.trouvaille.analysis.QueryAnalysis;
import fr.trouvaille.index.IndexFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * One search on one searcher: the query read ({@link QueryReading}), as many of its words required as
 * the rules say ({@link SearchRules#everyWord}); when that finds nothing, any of the words; then
 * close spellings. Says which loosening was used and which words were dropped, and proposes a
 * spelling correction.
 */
final class RelaxingSearch {

  /** Deepest hit a page may reach: deep paging costs memory and helps nobody. */
  static final int MAX_WINDOW = 10_000;

  // A hit shows these, read by the highlighter in the same visit as the text it needs for the snippet.
  private static final Set<String> HIT_FIELDS = Set.of(IndexFields.ID, IndexFields.TITLE, IndexFields.DATE);

  private final Snippets snippets;
  private final Spelling spelling;
  private static final Completions COMPLETIONS = new Completions();

  private final ValueFacet dates = ValueFacet.months();
  private final ValueFacet folders = ValueFacet.folders();
  private final MatchRules matchRules;

  RelaxingSearch(Snippets snippets, Spelling spelling, MatchRules matchRules) {
    this.snippets = snippets;
    this.spelling = spelling;
    this.matchRules = matchRules;
  }

  /**
   * The hits of one query (what it ranks by) over the filtered documents; {@code matches} holds
   * every match, for the facets, and is null when no document has a date or a folder.
   */
  private record Attempt(Query ranking, Query filtered, TopDocs top, FacetsCollector matches) {
    // Past the threshold, Lucene's count depends on where skipping began: say "more than 1,000", as
    // Elasticsearch says "10,000" with "gte", rather than a number that only looks exact.
    long total() {
      return totalExact() ? top.totalHits.value : SearchResult.COUNTED_EXACTLY;
    }

    boolean totalExact() {
      return top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
    }
  }

  SearchResult search(IndexSearcher searcher, SearchRequest request, QueryAnalysis.Current analysis)
      throws IOException {
    long start = System.nanoTime();
    QueryText.checkPage(request);
    boolean dated = dates.any(searcher.getIndexReader()) || folders.any(searcher.getIndexReader());
    QueryReading reading = read(searcher, request.query(), analysis);
    // Asked first: the close spellings rank the documents holding the correction first.
    String didYouMean = spelling.didYouMean(request.query(), analysis.analyzer(), searcher.getIndexReader());
    Search search = new Search(searcher, request, analysis, dated, didYouMean);
    Loosening loosening = reading.operators() ? asTyped(search) : asRead(search, reading);
    Attempt attempt = loosening.attempt();
    ScoreDoc[] page = pageOf(attempt.top(), request);
    MatchExplainer explainer = request.explain()
        ? new MatchExplainer(searcher, matchRules, analysis, reading, request.query(), loosening.relaxed())
        : null;
    List<Hit> hits = hits(searcher, attempt.ranking(), page, explainer);
    Facets facets = facets(searcher, attempt, request);
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    return new SearchResult(request.query(), attempt.total(), attempt.totalExact(), request.page(), request.size(),
        tookMs, hits, facets, loosening.relaxed(), didYouMean, false, reading.ignored(loosening.relaxed()), loosening.allWords());
  }

  /** What every attempt of one search shares. */
  private record Search(IndexSearcher searcher, SearchRequest request, QueryAnalysis.Current analysis, boolean dated,
      String didYouMean) {}

  /**
   * The attempt whose hits are shown, how it loosened the query (null: not at all), and whether hits
   * hold every word. Its query is the one the snippets mark: the words, not the proximity clauses
   * (the highlighter would mark a whole span between two words).
   */
  private record Loosening(Attempt attempt, String relaxed, boolean allWords) {}

  /** How the query is read on this index: a word no document holds in any form is unknown. */
  static QueryReading read(IndexSearcher searcher, String query, QueryAnalysis.Current analysis) throws IOException {
    String prepared = QueryFactory.prepared(query, analysis);
    return QueryReader.read(prepared, analysis.analyzer(), part -> holds(searcher, QueryFactory.part(part, analysis)),
        prefix -> forms(searcher, prefix));
  }

  private static List<String> forms(IndexSearcher searcher, String prefix) {
    try {
      return COMPLETIONS.complete(searcher.getIndexReader(), prefix, SearchRules.MAX_PREFIX_FORMS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // Whether one live document matches: the first found answers (a count of a word held by a third of
  // the legal codes visits every one of them).
  private static boolean holds(IndexSearcher searcher, Query part) {
    try {
      Weight weight = searcher.createWeight(searcher.rewrite(part), ScoreMode.COMPLETE_NO_SCORES, 1f);
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        DocIdSetIterator docs = scorer.iterator();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          if (live == null || live.get(doc)) {
            return true;
          }
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // The parts kept, every one for a short query, else any; then any one of them; then close spellings.
  private Loosening asRead(Search search, QueryReading reading) throws IOException {
    QueryAnalysis.Current analysis = search.analysis();
    boolean every = reading.everyWord() || reading.searched().size() == 1;
    Query near = QueryFactory.near(reading, analysis);
    Attempt attempt = run(search, QueryFactory.read(reading, every, analysis), near);
    if (attempt.total() > 0) {
      return new Loosening(attempt, null, every);
    }
    if (every && reading.searched().size() > 1
        && (attempt = run(search, QueryFactory.read(reading, false, analysis), near)).total() > 0) {
      return new Loosening(attempt, "or", false);
    }
    return fuzzy(search, attempt);
  }

  // Alternatives and escapes: every word as typed, then any of them, then close spellings.
  private Loosening asTyped(Search search) throws IOException {
    Query every = QueryFactory.parse(search.request().query(), search.analysis(), true);
    Attempt attempt = run(search, every);
    if (attempt.total() > 0) {
      return new Loosening(attempt, null, true);
    }
    Query any = QueryFactory.parse(search.request().query(), search.analysis(), false);
    if (!any.equals(every) && (attempt = run(search, any)).total() > 0) {
      return new Loosening(attempt, "or", false);
    }
    return fuzzy(search, attempt);
  }

  // Close spellings of every word; the documents holding the did-you-mean correction first.
  private Loosening fuzzy(Search search, Attempt nothing) throws IOException {
    String text = search.request().query();
    Query close = QueryFactory.fuzzy(text, search.analysis().analyzer());
    if (search.didYouMean() != null && !(close instanceof MatchNoDocsQuery)) {
      close = new BooleanQuery.Builder()
          .add(close, BooleanClause.Occur.MUST) // the correction reorders the close matches, adds none
          .add(new BoostQuery(QueryFactory.parse(search.didYouMean(), search.analysis(), false), SearchRules.CORRECTION_WEIGHT),
              BooleanClause.Occur.SHOULD)
          .build();
    }
    Attempt attempt = run(search, close);
    return attempt.total() > 0 ? new Loosening(attempt, "fuzzy", false) : new Loosening(nothing, null, true);
  }

  private Attempt run(Search search, Query ranking) throws IOException {
    return run(search, ranking, null);
  }

  /** {@code near}: the proximity clauses that rescore the best hits, or null. */
  private Attempt run(Search search, Query ranking, Query near) throws IOException {
    Attempt attempt = run(search.searcher(), ranking, search.request(), search.dated());
    SearchRequest request = search.request();
    int from = (request.page() - 1) * request.size();
    return new Attempt(attempt.ranking(), attempt.filtered(),
        HitOrder.of(search.searcher(), attempt.top(), near, from, from + request.size()), attempt.matches());
  }

  /** {@code dated}: some document of the searcher has a date or folder, so every match is collected for the facets. */
  private Attempt run(IndexSearcher searcher, Query ranking, SearchRequest request, boolean dated) throws IOException {
    Query filtered = QueryFactory.filtered(ranking, request.from(), request.to(), request.folder());
    // The whole window is collected: what it reorders must not depend on the page asked (HitOrder).
    int wanted = Math.max(request.page() * request.size(), SearchRules.NEAR_WINDOW);
    try {
      if (!dated) {
        // Nothing to count by month or folder: past the first thousand hits counted, documents that cannot
        // reach the page are skipped (block-max WAND) and the total becomes a lower bound. Scoring
        // and counting every hit was a third of a search's CPU on the 90k legal codes.
        TopDocs top = searcher.search(filtered, new TopScoreDocCollectorManager(wanted, null, SearchResult.COUNTED_EXACTLY));
        return new Attempt(ranking, filtered, top, null);
      }
      FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(
          searcher, filtered, wanted, new FacetsCollectorManager());
      return new Attempt(ranking, filtered, result.topDocs(), result.facetsCollector());
    } catch (IndexSearcher.TooManyClauses e) {
      throw QueryText.tooComplex();
    }
  }

  // Each facet counts the hits as if its own filter were not chosen, the other filter applied, so
  // that with one month (or folder) selected the others stay visible (Elasticsearch's post_filter);
  // it costs a second pass only when that filter is chosen.
  private Facets facets(IndexSearcher searcher, Attempt attempt, SearchRequest request) throws IOException {
    if (attempt.matches() == null) {
      return new Facets(List.of(), List.of());
    }
    Query anyMonth = QueryFactory.filtered(attempt.ranking(), null, null, request.folder());
    Query anyFolder = QueryFactory.filtered(attempt.ranking(), request.from(), request.to(), null);
    return new Facets(count(searcher, attempt, anyMonth, dates), count(searcher, attempt, anyFolder, folders));
  }

  private List<FacetValue> count(IndexSearcher searcher, Attempt attempt, Query matching, ValueFacet facet)
      throws IOException {
    if (!facet.any(searcher.getIndexReader())) {
      return List.of();
    }
    FacetsCollector matches = matching.equals(attempt.filtered())
        ? attempt.matches()
        : searcher.search(matching, new FacetsCollectorManager());
    return facet.count(searcher.getIndexReader(), matches);
  }

  private static ScoreDoc[] pageOf(TopDocs top, SearchRequest request) {
    int from = (request.page() - 1) * request.size();
    return from >= top.scoreDocs.length
        ? new ScoreDoc[0]
        : Arrays.copyOfRange(top.scoreDocs, from, Math.min(top.scoreDocs.length, from + request.size()));
  }

  private List<Hit> hits(IndexSearcher searcher, Query ranking, ScoreDoc[] page, MatchExplainer explainer)
      throws IOException {
    int[] docIds = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
    List<Snippets.HitText> texts = snippets.passages(searcher, ranking, docIds, HIT_FIELDS);
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Map<String, String> shown = texts.get(i).shown();
      String snippet = texts.get(i).snippet();
      hits.add(new Hit(shown.get(IndexFields.ID), shown.get(IndexFields.TITLE), shown.get(IndexFields.DATE),
          page[i].score, snippet == null ? "" : snippet,
          explainer == null ? List.of() : explainer.explain(page[i].doc, shown, texts.get(i).matches())));
    }
    return hits;
  }
}
