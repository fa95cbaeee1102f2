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
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;

/** Counts the months of all hits, from the date doc values (no taxonomy index needed). */
final class DateFacet {

  List<FacetValue> count(IndexSearcher searcher, FacetsCollector hits) throws IOException {
    if (!anyDates(searcher)) {
      return List.of(); // no document has a date header: there is nothing to count
    }
    StringDocValuesReaderState state = new StringDocValuesReaderState(searcher.getIndexReader(), IndexFields.DATE);
    FacetResult result = new StringValueFacetCounts(state, hits).getAllChildren(IndexFields.DATE);
    if (result == null || result.labelValues == null) {
      return List.of();
    }
    return Arrays.stream(result.labelValues)
        .map(lv -> new FacetValue(lv.label, lv.value.longValue()))
        .sorted(Comparator.comparing(FacetValue::value))
        .toList();
  }

  private static boolean anyDates(IndexSearcher searcher) {
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      FieldInfo info = leaf.reader().getFieldInfos().fieldInfo(IndexFields.DATE);
      if (info != null && info.getDocValuesType() != org.apache.lucene.index.DocValuesType.NONE) {
        return true;
      }
    }
    return false;
  }
}
