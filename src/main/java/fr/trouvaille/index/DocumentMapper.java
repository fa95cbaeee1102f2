package fr.trouvaille.index;

import fr.trouvaille.analysis.FormKeysAttribute;
import fr.trouvaille.analysis.FrenchAnalysis;
import fr.trouvaille.analysis.TermStream;
import fr.trouvaille.corpus.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
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
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Turns a source document and its file stamp into a Lucene document. */
public final class DocumentMapper {

  /** The text's own analysis, stopwords kept ({@link FrenchAnalysis#textIndexAnalyzer()}). */
  private final Analyzer textAnalyzer = FrenchAnalysis.textIndexAnalyzer();
  /**
   * The same for the author's title, a second instance: an analyzer reuses one stream a thread, and
   * the text's is still to be read when the title's is made.
   */
  private final Analyzer headingAnalyzer = FrenchAnalysis.textIndexAnalyzer();

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

  /** As {@link #TEXT_WITH_OFFSETS}, not stored: for a text whose tokens are given, stored apart. */
  static final FieldType TEXT_INDEXED_WITH_OFFSETS = indexedWithOffsets();

  private static FieldType indexedWithOffsets() {
    FieldType type = new FieldType(TEXT_WITH_OFFSETS);
    type.setStored(false);
    type.freeze();
    return type;
  }

  /** Not stored, no positions or norms: only which words exist and in how many documents. */
  static final FieldType WORDS_ONLY = indexedOnly(IndexOptions.DOCS);

  // Tokenized, not stored, without norms (never scored by length).
  private static FieldType indexedOnly(IndexOptions options) {
    FieldType type = new FieldType();
    type.setIndexOptions(options);
    type.setTokenized(true);
    type.setOmitNorms(true);
    type.freeze();
    return type;
  }

  /**
   * The analyzer for the fields this mapper writes: French for the shown title, French with its
   * stopwords for the author's title (so a quoted phrase holds in it). The text's and the author's
   * title's tokens are given by the mapper, stopwords kept, their completion keys gathered on the
   * way; the text's entry here, without them, is how the searcher reads a document's words (related
   * documents).
   */
  public static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(FrenchAnalysis.indexAnalyzer(), Map.of(
        IndexFields.HEADING, FrenchAnalysis.textIndexAnalyzer(),
        // The keys are made by WordForms (the mapper gives their tokens itself): only split them.
        IndexFields.FORMS, new WhitespaceAnalyzer()));
  }

  // The title's keys (null: no title given), then the text's, once both are indexed. A word of both
  // comes twice: a field of documents only counts it once.
  private static Supplier<List<String>> keys(FormKeysAttribute title, FormKeysAttribute text) {
    if (title == null) {
      return text::keys;
    }
    return () -> {
      List<String> all = new ArrayList<>(title.keys());
      all.addAll(text.keys());
      return all;
    };
  }

  /** The Lucene document for {@code source}, read from a file with {@code stamp}. */
  public Document toDocument(SourceDocument source, FileStamp stamp) {
    Document doc = new Document();
    // Exact key for updateDocument/deleteDocuments, stored for display, sorted doc values for ties.
    doc.add(new KeywordField(IndexFields.ID, source.id(), Field.Store.YES));
    doc.add(new Field(IndexFields.TITLE, source.title(), TEXT_WITH_OFFSETS));
    // One positional field for words and phrases: the text's stopwords are indexed too, where they
    // stand, so a quoted phrase is found with them ("pour tous") and words searched without them
    // match across their gaps. A second positional field for phrases was 13 % of a reindex's CPU.
    doc.add(new StoredField(IndexFields.TEXT, source.text()));
    TokenStream text = textAnalyzer.tokenStream(IndexFields.TEXT, source.text());
    doc.add(new Field(IndexFields.TEXT, text, TEXT_INDEXED_WITH_OFFSETS));
    FormKeysAttribute textKeys = text.getAttribute(FormKeysAttribute.class);
    FormKeysAttribute titleKeys = null;
    if (source.titleGiven()) {
      // Searched only, stopwords kept as in the text for phrases; what is shown is the stored title above.
      TokenStream heading = headingAnalyzer.tokenStream(IndexFields.HEADING, source.title());
      doc.add(new Field(IndexFields.HEADING, heading, TextField.TYPE_NOT_STORED));
      titleKeys = heading.getAttribute(FormKeysAttribute.class);
    }
    // The words as written complete, correct spelling and stand for prefixes: one field serves all
    // three (a second one of the lower-case words, for the spelling alone, was about 8 % of a
    // reindex's CPU). The author's title's and the text's are gathered by their own analysis as
    // they are indexed, so this field comes after theirs.
    doc.add(new Field(IndexFields.FORMS, new TermStream(keys(titleKeys, textKeys)), WORDS_ONLY));
    if (source.date() != null) {
      String month = source.date().toString();
      doc.add(new StoredField(IndexFields.DATE, month));
      // Doc values, not terms: the facet counts months over all hits without un-inverting.
      doc.add(new SortedDocValuesField(IndexFields.DATE, new BytesRef(month)));
      // Points: a from/to filter is a range query over a number.
      doc.add(new IntPoint(IndexFields.MONTH, IndexFields.monthNumber(source.date())));
    }
    String folder = IndexFields.folderOf(source.id());
    if (folder != null) {
      // A term for the folder filter, sorted doc values for the folder facet (as the date's).
      doc.add(new StringField(IndexFields.FOLDER, folder, Field.Store.NO));
      doc.add(new SortedDocValuesField(IndexFields.FOLDER, new BytesRef(folder)));
    }
    // Doc values so the reindex reads every stamp column-wise, and can update the time in place.
    doc.add(new NumericDocValuesField(IndexFields.SIZE, stamp.size()));
    doc.add(new NumericDocValuesField(IndexFields.MTIME, stamp.modifiedMillis()));
    doc.add(new BinaryDocValuesField(IndexFields.HASH, new BytesRef(stamp.hash())));
    return doc;
  }
}
