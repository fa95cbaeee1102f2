package fr.trouvaille.search;

import fr.trouvaille.index.IndexFields;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * The order of the best hits ({@link SearchRules#NEAR_WINDOW} of them), collected by score: the
 * proximity pairs' scores added to theirs ({@link SearchRules#nearPairs}, as Elasticsearch's
 * {@code rescore} and Solr's {@code rerank} do), then equal scores in id order, so that results do not
 * depend on where a document stands in the index, and both backends agree. The hits past the window
 * follow it in the order they were collected (a pair only adds to a score).
 *
 * <p>Ids are looked up for the tied hits of the page shown only: sorting every hit by id as it is
 * collected copies each competitive hit's id out of the compressed doc values, a quarter of a
 * search's CPU on the legal codes, and so did ordering every tie of the window.
 */
final class HitOrder {

  private static final Comparator<ScoreDoc> BY_SCORE = Comparator.comparingDouble(hit -> -hit.score);

  private HitOrder() {}

  /**
   * {@code top}: hits by score, then index order; {@code near}: the proximity clauses, or null;
   * {@code shown}: the hits of the page asked, {@code [from, to)}: only ties that reach them are
   * ordered (each page orders the same ties the same way).
   */
  static TopDocs of(IndexSearcher searcher, TopDocs top, Query near, int shownFrom, int shownTo) throws IOException {
    int window = Math.min(SearchRules.NEAR_WINDOW, top.scoreDocs.length);
    ScoreDoc[] hits = top.scoreDocs.clone();
    if (window == 0) {
      return top;
    }
    if (near != null) {
      ScoreDoc[] best = Arrays.copyOf(hits, window);
      // Lucene's rescorer scores the window's documents in doc id order, one pass per segment.
      ScoreDoc[] rescored = new QueryRescorer(near) {
        @Override
        protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
          return secondPassMatches ? firstPassScore + secondPassScore : firstPassScore;
        }
      }.rescore(searcher, new TopDocs(top.totalHits, best), window).scoreDocs;
      System.arraycopy(rescored, 0, hits, 0, window);
    }
    Arrays.sort(hits, 0, window, BY_SCORE);
    for (int from = 0, to; from < window; from = to) {
      to = from + 1;
      while (to < window && hits[to].score == hits[from].score) {
        to++;
      }
      if (to - from > 1 && to > shownFrom && from < shownTo) {
        byId(searcher, hits, from, to);
      }
    }
    return new TopDocs(top.totalHits, hits);
  }

  // Hits [from, to) have equal scores: ordered by their ids.
  private static void byId(IndexSearcher searcher, ScoreDoc[] hits, int from, int to) throws IOException {
    record Tied(ScoreDoc hit, BytesRef id) {}
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Tied[] tied = new Tied[to - from];
    for (int i = from; i < to; i++) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hits[i].doc, leaves));
      SortedSetDocValues ids = leaf.reader().getSortedSetDocValues(IndexFields.ID);
      BytesRef id = ids != null && ids.advanceExact(hits[i].doc - leaf.docBase)
          ? BytesRef.deepCopyOf(ids.lookupOrd(ids.nextOrd()))
          : new BytesRef();
      tied[i - from] = new Tied(hits[i], id);
    }
    Arrays.sort(tied, Comparator.comparing(Tied::id));
    for (int i = from; i < to; i++) {
      hits[i] = tied[i - from].hit();
    }
  }
}
