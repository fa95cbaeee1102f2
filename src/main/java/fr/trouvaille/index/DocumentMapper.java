package fr.trouvaille.index;

import fr.trouvaille.analysis.FrenchAnalysis;
import fr.trouvaille.corpus.SourceDocument;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Turns a source document and its file stamp into a Lucene document. */
public final class DocumentMapper {

  /**
   * Analyzed, stored, with offsets in the postings: the unified highlighter then reads match
   * positions straight from the index instead of re-analyzing the text (fastest for long texts).
   */
  static final FieldType TEXT_WITH_OFFSETS = textWithOffsets();

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** Not stored, no positions or norms: only which words exist and in how many documents. */
  static final FieldType WORDS_ONLY = wordsOnly();

  private static FieldType wordsOnly() {
    FieldType type = new FieldType();
    type.setIndexOptions(IndexOptions.DOCS);
    type.setTokenized(true);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }

  /** The analyzer for the fields this mapper writes: French for text, surface words for {@code words}. */
  public static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(
        FrenchAnalysis.indexAnalyzer(), Map.of(IndexFields.WORDS, FrenchAnalysis.wordsAnalyzer()));
  }

  /** The Lucene document for {@code source}, read from a file with {@code stamp}. */
  public Document toDocument(SourceDocument source, FileStamp stamp) {
    Document doc = new Document();
    // Exact key for updateDocument/deleteDocuments, stored for display, sorted doc values for ties.
    doc.add(new KeywordField(IndexFields.ID, source.id(), Field.Store.YES));
    doc.add(new Field(IndexFields.TITLE, source.title(), TEXT_WITH_OFFSETS));
    doc.add(new Field(IndexFields.TEXT, source.text(), TEXT_WITH_OFFSETS));
    if (source.titleGiven()) {
      // Searched only, with positions for phrases; what is shown is the stored title above.
      doc.add(new TextField(IndexFields.HEADING, source.title(), Field.Store.NO));
      // Its words complete, correct spelling and stand for prefixes as the text's do.
      doc.add(new Field(IndexFields.WORDS, source.title(), WORDS_ONLY));
    }
    doc.add(new Field(IndexFields.WORDS, source.text(), WORDS_ONLY));
    if (source.date() != null) {
      String month = source.date().toString();
      doc.add(new StoredField(IndexFields.DATE, month));
      // Doc values, not terms: the facet counts months over all hits without un-inverting.
      doc.add(new SortedDocValuesField(IndexFields.DATE, new BytesRef(month)));
      // Points: a from/to filter is a range query over a number.
      doc.add(new IntPoint(IndexFields.MONTH, IndexFields.monthNumber(source.date())));
    }
    // Doc values so the reindex reads every stamp column-wise, and can update the time in place.
    doc.add(new NumericDocValuesField(IndexFields.SIZE, stamp.size()));
    doc.add(new NumericDocValuesField(IndexFields.MTIME, stamp.modifiedMillis()));
    doc.add(new BinaryDocValuesField(IndexFields.HASH, new BytesRef(stamp.hash())));
    return doc;
  }
}
