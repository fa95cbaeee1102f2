package fr.trouvaille.search;

import fr.trouvaille.index.IndexFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Searches a Lucene index on disk, and follows the reindexes committed to it.
 *
 * <p>A {@link SearcherManager} hands each search a point-in-time searcher; a background thread
 * refreshes it every second, so a reindex run by another process shows within a second or two,
 * without a restart and without per-request refresh cost.
 */
public final class LuceneSearchEngine implements SearchEngine, AutoCloseable {

  /** Deepest hit a page may reach: deep paging costs memory and helps nobody. */
  public static final int MAX_WINDOW = 10_000;
  static final long REFRESH_MILLIS = 1000;

  private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchEngine.class);
  // Equal scores are ordered by id, so results (and tests) are deterministic.
  private static final Sort BY_SCORE_THEN_ID = new Sort(
      SortField.FIELD_SCORE, KeywordField.newSortField(IndexFields.ID, false, SortedSetSelector.Type.MIN));

  // A hit shows these; loading the text as well would decode whole novels only to drop them.
  private static final Set<String> HIT_FIELDS = Set.of(IndexFields.ID, IndexFields.TITLE, IndexFields.DATE);

  private final Directory directory;
  private final SearcherManager manager;
  private final QueryFactory queries;
  private final Snippets snippets;
  private final DateFacet dates = new DateFacet();
  private final ScheduledExecutorService refresher;

  /** Opens the index at {@code index}, which must hold a commit. */
  public LuceneSearchEngine(Path index, Analyzer analyzer) throws IOException {
    this.directory = FSDirectory.open(index);
    this.manager = new SearcherManager(directory, null);
    this.queries = new QueryFactory(analyzer);
    this.snippets = new Snippets(analyzer);
    this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "index-refresh");
      t.setDaemon(true);
      return t;
    });
    refresher.scheduleWithFixedDelay(this::refresh, REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** Makes the last commit searchable now; the background thread does this every second anyway. */
  public void refresh() {
    try {
      manager.maybeRefresh();
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not refresh the index searcher; still serving the previous one", e);
    }
  }

  @Override
  public SearchResult search(SearchRequest request) {
    long start = System.nanoTime();
    if ((long) request.page() * request.size() > MAX_WINDOW) {
      throw new InvalidQueryException(
          "Page trop lointaine : les " + MAX_WINDOW + " premiers résultats seulement peuvent être parcourus.");
    }
    Query ranking = queries.parse(request.query());
    Query query = queries.filtered(ranking, request.from(), request.to());
    return withSearcher(searcher -> {
      FacetsCollectorManager.FacetsResult result;
      try {
        result = FacetsCollectorManager.search(
            searcher, query, request.page() * request.size(), BY_SCORE_THEN_ID, true, new FacetsCollectorManager());
      } catch (IndexSearcher.TooManyClauses e) {
        throw new InvalidQueryException("Requête trop complexe : elle couvre trop de mots. Précisez-la.");
      }
      ScoreDoc[] page = pageOf(result.topDocs(), request);
      List<Hit> hits = hits(searcher, ranking, page);
      Facets facets = new Facets(dates.count(searcher, facetHits(searcher, ranking, query, result)));
      long tookMs = (System.nanoTime() - start) / 1_000_000;
      return new SearchResult(
          request.query(), result.topDocs().totalHits.value, request.page(), request.size(), tookMs, hits, facets);
    });
  }

  // The date facet counts the hits as if no date were chosen, so that with one month selected the
  // other months stay visible (Elasticsearch's post_filter); it costs a second pass only then.
  private static FacetsCollector facetHits(
      IndexSearcher searcher, Query ranking, Query filtered, FacetsCollectorManager.FacetsResult result)
      throws IOException {
    return ranking == filtered ? result.facetsCollector() : searcher.search(ranking, new FacetsCollectorManager());
  }

  private static ScoreDoc[] pageOf(TopDocs top, SearchRequest request) {
    int from = (request.page() - 1) * request.size();
    return from >= top.scoreDocs.length
        ? new ScoreDoc[0]
        : Arrays.copyOfRange(top.scoreDocs, from, Math.min(top.scoreDocs.length, from + request.size()));
  }

  private List<Hit> hits(IndexSearcher searcher, Query ranking, ScoreDoc[] page) throws IOException {
    int[] docIds = Arrays.stream(page).mapToInt(d -> d.doc).toArray();
    String[] passages = snippets.passages(searcher, ranking, docIds);
    StoredFields stored = searcher.storedFields();
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document doc = stored.document(page[i].doc, HIT_FIELDS);
      hits.add(new Hit(doc.get(IndexFields.ID), doc.get(IndexFields.TITLE), doc.get(IndexFields.DATE),
          page[i].score, passages[i] == null ? "" : passages[i]));
    }
    return hits;
  }

  @Override
  public Optional<DocumentView> document(String id, String query) {
    return withSearcher(searcher -> {
      TopDocs top = searcher.search(KeywordField.newExactQuery(IndexFields.ID, id), 1);
      if (top.scoreDocs.length == 0) {
        return Optional.empty();
      }
      int docId = top.scoreDocs[0].doc;
      Document doc = searcher.storedFields().document(docId);
      String highlighted = query == null ? null : snippets.whole(searcher, queries.parse(query), docId);
      return Optional.of(new DocumentView(
          doc.get(IndexFields.ID), doc.get(IndexFields.TITLE), doc.get(IndexFields.DATE),
          doc.get(IndexFields.TEXT), highlighted));
    });
  }

  @Override
  public int documentCount() {
    return withSearcher(searcher -> searcher.getIndexReader().numDocs());
  }

  /** Work done on one acquired searcher, released whatever happens. */
  private interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    try {
      IndexSearcher searcher = manager.acquire();
      try {
        return work.apply(searcher);
      } finally {
        manager.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    refresher.shutdownNow();
    try (directory; manager) {
      // closes the manager, then the directory
    }
  }
}
