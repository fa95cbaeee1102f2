package fr.trouvaille.solr;

import fr.trouvaille.analysis.QueryAnalysis;
import fr.trouvaille.analysis.WordForms;
import fr.trouvaille.analysis.Words;
import fr.trouvaille.index.IndexFields;
import fr.trouvaille.search.DocumentView;
import fr.trouvaille.search.Facets;
import fr.trouvaille.search.InvalidQueryException;
import fr.trouvaille.search.QueryReading;
import fr.trouvaille.search.QueryText;
import fr.trouvaille.search.SearchRules;
import fr.trouvaille.search.RelatedDocument;
import fr.trouvaille.search.SearchEngine;
import fr.trouvaille.search.SearchRequest;
import fr.trouvaille.search.SearchResult;
import fr.trouvaille.search.WordMatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.client.solrj.response.TermsResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;

/**
 * Searches a SolrCloud collection (through its alias) with the embedded backend's semantics: every
 * word required, then any word, then close spellings; the same JSON field for field. The query text
 * is prepared as ours (multi-word synonym entries quoted) and parsed in Solr by the same parser
 * with the same analysis. A reindex shows as soon as it commits: Solr opens the new searcher.
 */
public final class SolrSearchEngine implements SearchEngine {

  /** Forms of the corpus fetched per completion, grouped by folded word here ({@link WordForms#best}). */
  static final int COMPLETION_CANDIDATES = 100;

  private final SolrNodes nodes;
  private final String collection;
  private final QueryAnalysis queryAnalysis;
  private final SolrSpelling spelling;
  private final SolrExplanations explanations = new SolrExplanations();

  public SolrSearchEngine(SolrCluster cluster, String collection, QueryAnalysis queryAnalysis) {
    this.nodes = cluster.nodes();
    this.collection = collection;
    this.queryAnalysis = queryAnalysis;
    this.spelling = new SolrSpelling();
  }

  @Override
  public SearchResult search(SearchRequest request) {
    long start = System.nanoTime();
    QueryText.checkPage(request);
    queryAnalysis.reloadIfChanged();
    QueryAnalysis.Current analysis = queryAnalysis.current();
    String prepared = QueryText.prepared(request.query(), analysis);
    QueryReading reading = reading(prepared, analysis);
    // The first request also asks what "did you mean" needs: one round trip for most searches.
    List<Words.Word> candidates = spelling.candidates(request.query());
    boolean every = reading.operators() || reading.everyWord() || reading.searched().size() == 1;
    SolrQuery first = reading.operators() ? SolrQueries.parsed(prepared, true) : SolrQueries.read(reading, every, analysis);
    QueryResponse response = run(first, request, spelling.ask(first, candidates));
    String didYouMean = spelling.answer(request.query(), candidates, response, this::written);
    String relaxed = null;
    SolrQuery shown = first;
    if (total(response) == 0) {
      SolrQuery anyWord = reading.operators() ? SolrQueries.parsed(prepared, false) : SolrQueries.read(reading, false, analysis);
      QueryResponse any = every ? run(anyWord, request, "") : response;
      SolrQuery fuzzy = SolrQueries.fuzzy(QueryText.fuzzyWords(request.query(), analysis.analyzer()), didYouMean);
      // When nothing is found, the facets are those of the any-word attempt, as on the embedded index.
      response = any;
      if (total(any) > 0) {
        shown = anyWord;
        relaxed = "or";
      } else if (fuzzy != null) {
        QueryResponse close = run(fuzzy, request, "");
        if (total(close) > 0) {
          response = close;
          shown = fuzzy;
          relaxed = "fuzzy";
        }
      }
    }
    Map<String, List<WordMatch>> matches = request.explain()
        ? matches(shown, response, reading, request.query(), relaxed, analysis)
        : Map.of();
    // Solr counts every hit here (the date facet needs them all): its total is exact.
    return new SearchResult(request.query(), total(response), true, request.page(), request.size(),
        (System.nanoTime() - start) / 1_000_000, SolrResults.hits(response, matches),
        new Facets(SolrResults.dates(response), SolrResults.folders(response)), relaxed, didYouMean, SolrResults.partial(response),
        reading.ignored(relaxed), every && relaxed == null);
  }

  // Why each hit of the page matched: one more request, the page's documents marked whole.
  private Map<String, List<WordMatch>> matches(SolrQuery shown, QueryResponse response, QueryReading reading,
      String query, String relaxed, QueryAnalysis.Current analysis) {
    List<String> ids = response.getResults().stream().map(doc -> SolrResults.string(doc, IndexFields.ID)).toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    QueryResponse marked = call(() -> nodes.send(new QueryRequest(SolrQueries.explained(shown, ids)), collection));
    return explanations.matches(marked, reading, query, "fuzzy".equals(relaxed), analysis);
  }

  private QueryReading reading(String prepared, QueryAnalysis.Current analysis) {
    return SolrReading.read(prepared, analysis,
        counts -> call(() -> nodes.send(new QueryRequest(counts), collection)),
        prefix -> complete(prefix, SearchRules.MAX_PREFIX_FORMS));
  }

  private QueryResponse run(SolrQuery query, SearchRequest request, String moreFacets) {
    try {
      return nodes.send(new QueryRequest(SolrQueries.forPage(query, request, moreFacets)), collection);
    } catch (SolrException e) {
      if (e.code() == 400 && String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("clause")) {
        throw QueryText.tooComplex();
      }
      throw e.code() == 400 ? new InvalidQueryException("Requête refusée par Solr : " + e.getMessage()) : e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long total(QueryResponse response) {
    return response.getResults().getNumFound();
  }

  @Override
  public Optional<DocumentView> document(String id, String query) {
    QueryAnalysis.Current analysis = queryAnalysis.current();
    String prepared = query == null ? null : QueryText.prepared(query, analysis);
    QueryResponse response = call(() -> nodes.send(new QueryRequest(SolrQueries.wholeDocument(id, prepared)), collection));
    if (response.getResults().isEmpty()) {
      return Optional.empty();
    }
    SolrDocument doc = response.getResults().get(0);
    String highlighted = query == null ? null : SolrResults.highlighted(response, id);
    List<WordMatch> matches = List.of();
    if (query != null) {
      // Why it matches, as a hit of the query read as a search reads it (any word).
      QueryReading reading = reading(prepared, analysis);
      SolrQuery searched = reading.operators() ? SolrQueries.parsed(prepared, false) : SolrQueries.read(reading, false, analysis);
      matches = matches(searched, response, reading, query, null, analysis).getOrDefault(id, List.of());
    }
    return Optional.of(new DocumentView(id, SolrResults.string(doc, IndexFields.TITLE),
        SolrResults.string(doc, IndexFields.DATE), SolrResults.string(doc, IndexFields.TEXT), highlighted, matches));
  }

  @Override
  public Optional<List<RelatedDocument>> related(String id, int max) {
    if (!exists(id)) {
      return Optional.empty();
    }
    // Solr's MoreLikeThis with the embedded backend's thresholds (a small folder needs low ones).
    SolrQuery like = new SolrQuery("{!mlt qf=" + IndexFields.TITLE + "," + IndexFields.TEXT
        + " mintf=" + SearchRules.RELATED_MIN_TERM_FREQ + " mindf=" + SearchRules.RELATED_MIN_DOC_FREQ
        + " minwl=" + SearchRules.RELATED_MIN_WORD_LENGTH + " maxqt=" + SearchRules.RELATED_MAX_QUERY_TERMS + " v=$doc}");
    like.set("doc", id);
    like.setFields(IndexFields.ID, IndexFields.TITLE, IndexFields.DATE, "score").setRows(max + 1);
    like.addSort("score", SolrQuery.ORDER.desc).addSort(IndexFields.ID, SolrQuery.ORDER.asc);
    QueryResponse response = call(() -> nodes.send(new QueryRequest(like), collection));
    return Optional.of(SolrResults.related(response, id, max));
  }

  private boolean exists(String id) {
    QueryResponse response = call(() -> nodes.send(new QueryRequest(SolrQueries.wholeDocument(id, null).setRows(0)), collection));
    return total(response) > 0;
  }

  @Override
  public List<String> complete(String prefix, int max) {
    String start = WordForms.folded(prefix);
    return start.isEmpty() ? List.of() : WordForms.best(formKeys(start), max);
  }

  /** How the documents most often write {@code word}, a lower-case word of the collection ({@link WordForms#written}). */
  private String written(String word) {
    return WordForms.written(word, formKeys(WordForms.keyPrefix(word)));
  }

  /** The keys of the {@code forms} field beginning with {@code start}, the most used first, with their document counts. */
  private List<WordForms.Counted> formKeys(String start) {
    SolrQuery terms = new SolrQuery().setRequestHandler("/terms");
    terms.setTerms(true).addTermsField(IndexFields.FORMS).setTermsPrefix(start)
        .setTermsLimit(COMPLETION_CANDIDATES).setTermsSortString("count");
    terms.set("shards.qt", "/terms");
    TermsResponse response = call(() -> nodes.send(new QueryRequest(terms), collection)).getTermsResponse();
    List<TermsResponse.Term> keys = response == null ? null : response.getTerms(IndexFields.FORMS);
    return keys == null ? List.of()
        : keys.stream().map(key -> new WordForms.Counted(key.getTerm(), key.getFrequency())).toList();
  }

  @Override
  public int documentCount() {
    return (int) total(call(() -> nodes.send(new QueryRequest(new SolrQuery("*:*").setRows(0)), collection)));
  }

  /** A request to Solr; a cluster that cannot answer is an I/O failure the web layer reports as 500. */
  private interface SolrCall<T> {
    T run() throws IOException;
  }

  private static <T> T call(SolrCall<T> call) {
    try {
      return call.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
