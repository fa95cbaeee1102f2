package fr.trouvaille.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Proximity as a second pass ({@link SearchRules#nearPairs}): the scores of the pairs found close
 * together are added to those of the {@link SearchRules#NEAR_WINDOW} best hits by their words, as
 * Elasticsearch's {@code rescore} and Solr's {@code rerank} do. Inside the window the order is the
 * one a single query summing both would give; the hits past it keep theirs, below (a pair only adds).
 */
final class Proximity {

  // Equal scores in id order, as the first pass sorts them (the id is the sort's second value).
  private static final Comparator<ScoreDoc> BY_SCORE_THEN_ID = Comparator.<ScoreDoc>comparingDouble(hit -> -hit.score)
      .thenComparing(hit -> (BytesRef) ((FieldDoc) hit).fields[1]);

  private Proximity() {}

  /** {@code top}: hits sorted by score then id, each a {@link FieldDoc} with both values. */
  static TopDocs rescored(IndexSearcher searcher, TopDocs top, Query near) throws IOException {
    int window = Math.min(SearchRules.NEAR_WINDOW, top.scoreDocs.length);
    if (window == 0) {
      return top;
    }
    ScoreDoc[] best = Arrays.copyOf(top.scoreDocs, window);
    // Lucene's rescorer scores the window's documents in doc id order, one pass per segment.
    ScoreDoc[] rescored = new QueryRescorer(near) {
      @Override
      protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
        return secondPassMatches ? firstPassScore + secondPassScore : firstPassScore;
      }
    }.rescore(searcher, new TopDocs(top.totalHits, best), window).scoreDocs;
    ScoreDoc[] hits = top.scoreDocs.clone();
    for (int i = 0; i < window; i++) {
      FieldDoc first = (FieldDoc) rescored[i];
      hits[i] = new FieldDoc(first.doc, first.score, first.fields, first.shardIndex);
    }
    Arrays.sort(hits, 0, window, BY_SCORE_THEN_ID);
    return new TopDocs(top.totalHits, hits);
  }
}
