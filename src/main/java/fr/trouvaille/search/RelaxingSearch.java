package fr.trouvaille.search;

import fr.trouvaille.analysis.QueryAnalysis;
import fr.trouvaille.index.IndexFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.KeywordField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TotalHits;

/**
 * One search on one searcher: every word required first; when that finds nothing, any of the words;
 * then close spellings. Says which loosening was used, and proposes a spelling correction.
 */
final class RelaxingSearch {

  /** Deepest hit a page may reach: deep paging costs memory and helps nobody. */
  static final int MAX_WINDOW = 10_000;

  // Equal scores are ordered by id, so results (and tests) are deterministic.
  private static final Sort BY_SCORE_THEN_ID = new Sort(
      SortField.FIELD_SCORE, KeywordField.newSortField(IndexFields.ID, false, SortedSetSelector.Type.MIN));

  // A hit shows these, read by the highlighter in the same visit as the text it needs for the snippet.
  private static final Set<String> HIT_FIELDS = Set.of(IndexFields.ID, IndexFields.TITLE, IndexFields.DATE);

  private final Snippets snippets;
  private final Spelling spelling;
  private final ValueFacet dates = ValueFacet.months();
  private final ValueFacet folders = ValueFacet.folders();

  RelaxingSearch(Snippets snippets, Spelling spelling) {
    this.snippets = snippets;
    this.spelling = spelling;
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
    Query every = QueryFactory.parse(request.query(), analysis, true);
    boolean dated = dates.any(searcher.getIndexReader()) || folders.any(searcher.getIndexReader());
    Attempt attempt = run(searcher, every, request, dated);
    String relaxed = null;
    if (attempt.total() == 0) {
      Query any = QueryFactory.parse(request.query(), analysis, false);
      if (!any.equals(every) && (attempt = run(searcher, any, request, dated)).total() > 0) {
        relaxed = "or";
      } else if ((attempt = run(searcher, QueryFactory.fuzzy(request.query(), analysis.analyzer()), request, dated)).total() > 0) {
        relaxed = "fuzzy";
      }
    }
    String didYouMean = spelling.didYouMean(request.query(), analysis.analyzer(), searcher.getIndexReader());
    ScoreDoc[] page = pageOf(attempt.top(), request);
    List<Hit> hits = hits(searcher, attempt.ranking(), page);
    Facets facets = facets(searcher, attempt, request);
    long tookMs = (System.nanoTime() - start) / 1_000_000;
    return new SearchResult(request.query(), attempt.total(), attempt.totalExact(), request.page(), request.size(),
        tookMs, hits, facets, relaxed, didYouMean, false);
  }

  /** {@code dated}: some document of the searcher has a date or folder, so every match is collected for the facets. */
  private Attempt run(IndexSearcher searcher, Query ranking, SearchRequest request, boolean dated) throws IOException {
    Query filtered = QueryFactory.filtered(ranking, request.from(), request.to(), request.folder());
    int wanted = request.page() * request.size();
    try {
      if (!dated) {
        // Nothing to count by month or folder: past the first thousand hits counted, documents that cannot
        // reach the page are skipped (block-max WAND) and the total becomes a lower bound. Scoring
        // and counting every hit was a third of a search's CPU on the 90k legal codes.
        TopDocs top = searcher.search(filtered,
            new TopFieldCollectorManager(BY_SCORE_THEN_ID, wanted, null, SearchResult.COUNTED_EXACTLY));
        TopFieldCollector.populateScores(top.scoreDocs, searcher, filtered);
        return new Attempt(ranking, filtered, top, null);
      }
      FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(
          searcher, filtered, wanted, BY_SCORE_THEN_ID, true, new FacetsCollectorManager());
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

  private List<Hit> hits(IndexSearcher searcher, Query ranking, ScoreDoc[] page) throws IOException {
    int[] docIds = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
    List<Snippets.HitText> texts = snippets.passages(searcher, ranking, docIds, HIT_FIELDS);
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Map<String, String> shown = texts.get(i).shown();
      String snippet = texts.get(i).snippet();
      hits.add(new Hit(shown.get(IndexFields.ID), shown.get(IndexFields.TITLE), shown.get(IndexFields.DATE),
          page[i].score, snippet == null ? "" : snippet));
    }
    return hits;
  }
}
