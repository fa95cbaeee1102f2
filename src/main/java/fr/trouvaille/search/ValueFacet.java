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
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * Counts the values of one field over all hits, from its sorted doc values (no taxonomy index
 * needed): the months of the date facet, the top-level folders of the folder facet.
 *
 * <p>Counting needs the index-wide ordinals of the values (an {@link StringDocValuesReaderState},
 * which merges the segments' values): they are built once per index reader, not once per search.
 */
final class ValueFacet {

  /** The months, in calendar order; counted as soon as one document has a month. */
  static ValueFacet months() {
    return new ValueFacet(IndexFields.DATE, Comparator.comparing(FacetValue::value), false);
  }

  /**
   * The folders, the most hits first, then by name; counted only when the index has two folders or
   * more: one folder tells nothing, and counting every hit costs the search its early stop (see
   * {@link RelaxingSearch}).
   */
  static ValueFacet folders() {
    return new ValueFacet(IndexFields.FOLDER,
        Comparator.comparingLong(FacetValue::count).reversed().thenComparing(FacetValue::value), true);
  }

  private final String field;
  private final Comparator<FacetValue> order;
  private final boolean needsTwoValues;

  private ValueFacet(String field, Comparator<FacetValue> order, boolean needsTwoValues) {
    this.field = field;
    this.order = order;
    this.needsTwoValues = needsTwoValues;
  }

  /** The state for one reader; a new reader (after a reindex) replaces it. */
  private record ReaderState(IndexReader.CacheKey reader, StringDocValuesReaderState state) {}

  private volatile ReaderState last;

  /** Whether {@code reader} has values to count: one at least, or two different ones for the folders. */
  boolean any(IndexReader reader) throws IOException {
    BytesRef seen = null;
    for (LeafReaderContext leaf : reader.leaves()) {
      FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(field);
      if (info == null || info.getDocValuesType() != DocValuesType.SORTED) {
        continue;
      }
      SortedDocValues values = leaf.reader().getSortedDocValues(field);
      if (values == null || values.getValueCount() == 0) {
        continue;
      }
      if (!needsTwoValues || values.getValueCount() > 1) {
        return true;
      }
      BytesRef only = values.lookupOrd(0);
      if (seen != null && !seen.equals(only)) {
        return true;
      }
      seen = BytesRef.deepCopyOf(only);
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
