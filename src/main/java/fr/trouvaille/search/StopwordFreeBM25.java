package fr.trouvaille.search;

import fr.trouvaille.index.IndexFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.SmallFloat;

/**
 * BM25 with {@link SearchRules}' parameters over one reader, whose average length of the text and
 * heading fields leaves their stopwords out, as their norms do (the index counts a field's length
 * without the stopwords it keeps for phrases). Lucene divides the field's total of term occurrences
 * by its documents, stopwords included; this is the mean of the lengths the norms hold instead, read
 * once per reader. Other fields are as Lucene computes them.
 */
final class StopwordFreeBM25 extends BM25Similarity {

  private static final Set<String> FIELDS = Set.of(IndexFields.TEXT, IndexFields.HEADING);

  private final IndexReader reader;
  private final Map<String, Float> averages = new ConcurrentHashMap<>();

  StopwordFreeBM25(IndexReader reader) {
    super(SearchRules.BM25_K1, SearchRules.BM25_B);
    this.reader = reader;
  }

  @Override
  protected float avgFieldLength(CollectionStatistics statistics) {
    if (!FIELDS.contains(statistics.field())) {
      return super.avgFieldLength(statistics);
    }
    return averages.computeIfAbsent(statistics.field(), field -> meanLength(field, statistics));
  }

  // Over every document holding the field, deleted ones too, as Lucene's own statistics count them.
  private float meanLength(String field, CollectionStatistics statistics) {
    long total = 0;
    long documents = 0;
    try {
      for (LeafReaderContext leaf : reader.leaves()) {
        NumericDocValues norms = leaf.reader().getNormValues(field);
        if (norms == null) {
          continue;
        }
        for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
          total += SmallFloat.byte4ToInt((byte) norms.longValue());
          documents++;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the lengths of " + field, e);
    }
    return documents == 0 ? super.avgFieldLength(statistics) : (float) ((double) total / documents);
  }
}
