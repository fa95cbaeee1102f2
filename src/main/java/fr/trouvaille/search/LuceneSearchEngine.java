package fr.trouvaille.search;

import fr.trouvaille.analysis.FrenchAnalysis;
import fr.trouvaille.analysis.QueryAnalysis;
import fr.trouvaille.analysis.WordForms;
import fr.trouvaille.index.DocumentMapper;
import fr.trouvaille.index.IndexFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Searches a Lucene index on disk, and follows the reindexes committed to it.
 *
 * <p>A {@link SearcherManager} hands each search a point-in-time searcher; a background thread
 * refreshes it every second (and reloads the synonyms if they changed), so a reindex run by another
 * process shows within a second or two, without a restart and without per-request refresh cost.
 */
public final class LuceneSearchEngine implements SearchEngine, AutoCloseable {

  static final long REFRESH_MILLIS = 1000;

  private static final Logger LOG = LoggerFactory.getLogger(LuceneSearchEngine.class);

  private final Directory directory;
  private final SearcherManager manager;
  private final QueryAnalysis queryAnalysis;
  private final SearchLimits limits;
  private final RelaxingSearch searches;
  private final Snippets snippets;
  private final Related related;
  private final Completions completions = new Completions();
  private final MatchRules matchRules = new MatchRules();
  private final ScheduledExecutorService refresher;

  /** Opens the index at {@code index}, which must hold a commit. */
  public LuceneSearchEngine(Path index, QueryAnalysis queryAnalysis) throws IOException {
    this(index, queryAnalysis, SearchLimits.DEFAULTS);
  }

  /** Opens the index at {@code index}, which must hold a commit; each search keeps within {@code limits}. */
  public LuceneSearchEngine(Path index, QueryAnalysis queryAnalysis, SearchLimits limits) throws IOException {
    this.limits = limits;
    this.directory = FSDirectory.open(index);
    this.manager = new SearcherManager(directory, new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        IndexSearcher searcher = new IndexSearcher(reader);
        // SearchRules' BM25, its text lengths without the stopwords the index keeps for phrases.
        searcher.setSimilarity(new StopwordFreeBM25(reader));
        return searcher;
      }
    });
    this.queryAnalysis = queryAnalysis;
    Analyzer indexAnalyzer = DocumentMapper.analyzer();
    this.snippets = new Snippets(indexAnalyzer, new LongTexts());
    this.related = new Related(indexAnalyzer);
    this.searches = new RelaxingSearch(snippets, new Spelling(FrenchAnalysis.wordsAnalyzer()), matchRules);
    this.refresher = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "index-refresh");
      t.setDaemon(true);
      return t;
    });
    refresher.scheduleWithFixedDelay(this::refresh, REFRESH_MILLIS, REFRESH_MILLIS, TimeUnit.MILLISECONDS);
  }

  /** An engine over {@code index} with the query analysis and no synonyms. */
  public LuceneSearchEngine(Path index) throws IOException {
    this(index, QueryAnalysis.fixed(FrenchAnalysis.queryAnalyzer()));
  }

  /** Makes the last commit searchable now; the background thread does this every second anyway. */
  public void refresh() {
    try {
      manager.maybeRefresh();
      queryAnalysis.reloadIfChanged();
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not refresh the index searcher; still serving the previous one", e);
    }
  }

  @Override
  public SearchResult search(SearchRequest request) {
    QueryAnalysis.Current analysis = queryAnalysis.current();
    return withSearcher(shared -> {
      IndexSearcher searcher = limits.timed(shared);
      return searches.search(searcher, request, analysis).withPartial(searcher.timedOut());
    });
  }

  @Override
  public Optional<DocumentView> document(String id, String query) {
    QueryAnalysis.Current analysis = queryAnalysis.current();
    return withSearcher(searcher -> {
      Optional<Integer> docId = find(searcher, id);
      if (docId.isEmpty()) {
        return Optional.empty();
      }
      Document doc = searcher.storedFields().document(docId.get());
      String highlighted = query == null
          ? null
          : snippets.whole(searcher, QueryFactory.parse(query, analysis, false), docId.get());
      List<WordMatch> matches = query == null ? List.of()
          : new MatchExplainer(searcher, matchRules, analysis, RelaxingSearch.read(searcher, query, analysis), query, null)
              .explain(docId.get(), Map.of(IndexFields.TEXT, doc.get(IndexFields.TEXT), IndexFields.TITLE, doc.get(IndexFields.TITLE)));
      return Optional.of(new DocumentView(
          doc.get(IndexFields.ID), doc.get(IndexFields.TITLE), doc.get(IndexFields.DATE),
          doc.get(IndexFields.TEXT), highlighted, matches));
    });
  }

  @Override
  public boolean contains(String id) {
    return withSearcher(searcher -> find(searcher, id).isPresent());
  }

  @Override
  public Optional<List<RelatedDocument>> related(String id, int max) {
    return withSearcher(searcher -> {
      Optional<Integer> docId = find(searcher, id);
      return docId.isEmpty() ? Optional.empty() : Optional.of(related.like(searcher, docId.get(), max));
    });
  }

  @Override
  public List<String> complete(String prefix, int max) {
    return withSearcher(searcher -> completions.complete(searcher.getIndexReader(), prefix, max));
  }

  @Override
  public int documentCount() {
    return withSearcher(searcher -> searcher.getIndexReader().numDocs());
  }

  @Override
  public void warmUp() {
    try {
      withSearcher(searcher -> someWord(searcher.getIndexReader())).ifPresent(word -> {
        search(SearchRequest.of(word));
        complete(word.substring(0, 2), 1);
      });
    } catch (RuntimeException e) {
      LOG.debug("Warm-up search failed; the first search will be slower", e); // closed meanwhile, say
    }
  }

  /** A word of at least 4 letters of the corpus as written (a key's written part), among the first few it holds. */
  private static Optional<String> someWord(IndexReader reader) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(IndexFields.FORMS);
      TermsEnum keys = terms == null ? TermsEnum.EMPTY : terms.iterator();
      for (int seen = 0; seen < 10_000 && keys.next() != null; seen++) {
        String key = keys.term().utf8ToString();
        String word = key.substring(key.indexOf(WordForms.SEPARATOR) + 1);
        if (word.length() >= 4 && word.chars().allMatch(Character::isLetter)) {
          return Optional.of(word);
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> find(IndexSearcher searcher, String id) throws IOException {
    TopDocs top = searcher.search(KeywordField.newExactQuery(IndexFields.ID, id), 1);
    return top.scoreDocs.length == 0 ? Optional.empty() : Optional.of(top.scoreDocs[0].doc);
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
      } catch (RuntimeException e) {
        if (SearchLimits.tooComplex(e)) {
          throw new InvalidQueryException("Requête trop complexe : elle couvre trop de mots. Précisez-la.");
        }
        throw e;
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
