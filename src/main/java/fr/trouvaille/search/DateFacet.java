package fr.trouvaille.search;

import fr.trouvaille.index.IndexFields;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;

/**
 * Counts the months of all hits, from the date doc values (no taxonomy index needed).
 *
 * <p>Counting needs the index-wide ordinals of the months (an {@link StringDocValuesReaderState},
 * which merges the segments' values): they are built once per index reader, not once per search.
 */
final class DateFacet {

  /** The state for one reader; a new reader (after a reindex) replaces it. */
  private record ReaderState(IndexReader.CacheKey reader, StringDocValuesReaderState state) {}

  private volatile ReaderState last;

  /** Whether any document of {@code reader} has a date to count. */
  boolean any(IndexReader reader) {
    for (LeafReaderContext leaf : reader.leaves()) {
      FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(IndexFields.DATE);
      if (info != null && info.getDocValuesType() != DocValuesType.NONE) {
        return true;
      }
    }
    return false;
  }

  /** The months of {@code hits}, in calendar order; {@code reader} has dated documents ({@link #any}). */
  List<FacetValue> count(IndexReader reader, FacetsCollector hits) throws IOException {
    FacetResult result = new StringValueFacetCounts(state(reader), hits).getAllChildren(IndexFields.DATE);
    if (result == null || result.labelValues == null) {
      return List.of();
    }
    return Arrays.stream(result.labelValues)
        .map(lv -> new FacetValue(lv.label, lv.value.longValue()))
        .sorted(Comparator.comparing(FacetValue::value))
        .toList();
  }

  private StringDocValuesReaderState state(IndexReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    ReaderState cached = last;
    if (helper != null && cached != null && cached.reader() == helper.getKey()) {
      return cached.state();
    }
    StringDocValuesReaderState state = new StringDocValuesReaderState(reader, IndexFields.DATE);
    if (helper != null) {
      last = new ReaderState(helper.getKey(), state);
    }
    return state;
  }
}
