package fr.trouvaille.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.Bits;

/** Reads, from doc values, the stamp of every live document: what the incremental reindex compares. */
final class IndexedStamps {

  private IndexedStamps() {}

  static Map<String, FileStamp> read(DirectoryReader reader) throws IOException {
    Map<String, FileStamp> stamps = new HashMap<>(reader.numDocs() * 2);
    for (LeafReaderContext context : reader.leaves()) {
      LeafReader leaf = context.reader();
      Bits live = leaf.getLiveDocs();
      SortedSetDocValues ids = DocValues.getSortedSet(leaf, IndexFields.ID);
      NumericDocValues sizes = DocValues.getNumeric(leaf, IndexFields.SIZE);
      NumericDocValues times = DocValues.getNumeric(leaf, IndexFields.MTIME);
      BinaryDocValues hashes = DocValues.getBinary(leaf, IndexFields.HASH);
      for (int doc = 0; doc < leaf.maxDoc(); doc++) {
        if ((live != null && !live.get(doc)) || !ids.advanceExact(doc)) {
          continue;
        }
        String id = ids.lookupOrd(ids.nextOrd()).utf8ToString();
        long size = sizes.advanceExact(doc) ? sizes.longValue() : -1;
        long time = times.advanceExact(doc) ? times.longValue() : -1;
        String hash = hashes.advanceExact(doc) ? hashes.binaryValue().utf8ToString() : "";
        stamps.put(id, new FileStamp(size, time, hash));
      }
    }
    return stamps;
  }
}
