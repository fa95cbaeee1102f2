package fr.trouvaille.search;

import fr.trouvaille.index.IndexFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/** Documents like a given one: Lucene's MoreLikeThis over the French text field. */
final class Related {

  private final Analyzer indexAnalyzer;

  /** {@code indexAnalyzer} must be the one the text was indexed with, so terms match. */
  Related(Analyzer indexAnalyzer) {
    this.indexAnalyzer = indexAnalyzer;
  }

  List<RelatedDocument> like(IndexSearcher searcher, int docId, int max) throws IOException {
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(indexAnalyzer);
    mlt.setFieldNames(new String[] {IndexFields.TITLE, IndexFields.TEXT});
    // Defaults suit big collections; a folder of a few dozen articles needs lower thresholds.
    mlt.setMinTermFreq(SearchRules.RELATED_MIN_TERM_FREQ);
    mlt.setMinDocFreq(SearchRules.RELATED_MIN_DOC_FREQ);
    mlt.setMinWordLen(SearchRules.RELATED_MIN_WORD_LENGTH);
    mlt.setMaxQueryTerms(SearchRules.RELATED_MAX_QUERY_TERMS);
    Query query = mlt.like(docId);
    List<RelatedDocument> related = new ArrayList<>(max);
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc hit : searcher.search(query, max + 1).scoreDocs) {
      if (hit.doc != docId && related.size() < max) {
        Document doc = stored.document(hit.doc);
        related.add(new RelatedDocument(
            doc.get(IndexFields.ID), doc.get(IndexFields.TITLE), doc.get(IndexFields.DATE), hit.score));
      }
    }
    return related;
  }
}
