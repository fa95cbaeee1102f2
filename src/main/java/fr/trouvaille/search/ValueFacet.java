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
 * Counts the values of one field over all hits, from its sorted doc values (no taxonomy index
 * needed): the months of the date facet, the top-level folders of the folder facet.
 *
 * <p>Counting needs the index-wide ordinals of the values (an {@link StringDocValuesReaderState},
 * which merges the segments' values): they are built once per index reader, not once per search.
 */
final class ValueFacet {

  /** The months, in calendar order. */
  static ValueFacet months() {
    return new ValueFacet(IndexFields.DATE, Comparator.comparing(FacetValue::value));
  }

  /** The folders, the most hits first, then by name. */
  static ValueFacet folders() {
    return new ValueFacet(IndexFields.FOLDER,
        Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value));
  }

  private final String field;
  private final Comparator<FacetValue> order;

  private ValueFacet(String field, Comparator<FacetValue> order) {
    this.field = field;
    this.order = order;
  }

  /** The state for one reader; a new reader (after a reindex) replaces it. */
  private record ReaderState(IndexReader.CacheKey reader, StringDocValuesReaderState state) {}

  private volatile ReaderState last;

  /** Whether any document of {@code reader} has a value to count. */
  boolean any(IndexReader reader) {
    for (LeafReaderContext leaf : reader.leaves()) {
      FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
      if (info != null && info.getDocValuesType() != DocValuesType.NONE) {
        return true;
      }
    }
    return false;
  }

  /** The values of {@code hits}, in this facet's order; {@code reader} has values ({@link #any}). */
  List<FacetValue> count(IndexReader reader, FacetsCollector hits) throws IOException {
    FacetResult result = new StringValueFacetCounts(state(reader), hits).getAllChildren(field);
    if (result == null || result.labelValues == null) {
      return List.of();
    }
    return Arrays.stream(result.labelValues)
        .map(lv -> new FacetValue(lv.label, lv.value.longValue()))
        .sorted(order)
        .toList();
  }

  private StringDocValuesReaderState state(IndexReader reader) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    ReaderState cached = last;
    if (helper != null && cached != null && cached.reader() == helper.getKey()) {
      return cached.state();
    }
    StringDocValuesReaderState state = new StringDocValuesReaderState(reader, field);
    if (helper != null) {
      last = new ReaderState(helper.getKey(), state);
    }
    return state;
  }
}
