package fr.trouvaille.index;

import fr.trouvaille.analysis.FormKeysAttribute;
import fr.trouvaille.analysis.FrenchAnalysis;
import fr.trouvaille.analysis.TermStream;
import fr.trouvaille.analysis.WordForms;
import fr.trouvaille.corpus.SourceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
   * stopwords for the author's title (so a quoted phrase holds in it). The text's tokens are given by
   * the mapper, stopwords kept; its entry here, without them, is how the searcher reads a document's
   * words (related documents).
   */
  public static Analyzer analyzer() {
    return new PerFieldAnalyzerWrapper(FrenchAnalysis.indexAnalyzer(), Map.of(
        IndexFields.HEADING, FrenchAnalysis.textIndexAnalyzer(),
        // The keys are made by WordForms (the mapper gives their tokens itself): only split them.
        IndexFields.FORMS, new WhitespaceAnalyzer()));
  }

  private static List<String> concat(List<String> first, List<String> then) {
    if (first.isEmpty()) {
      return then;
    }
    List<String> all = new ArrayList<>(first);
    all.addAll(then);
    return all;
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
    if (source.titleGiven()) {
      // Searched only, stopwords kept as in the text for phrases; what is shown is the stored title above.
      doc.add(new TextField(IndexFields.HEADING, source.title(), Field.Store.NO));
    }
    // The words as written complete, correct spelling and stand for prefixes: one field serves all
    // three (a second one of the lower-case words, for the spelling alone, was about 8 % of a
    // reindex's CPU). The text's are gathered by its own analysis as it is indexed, so this field
    // comes after it; the author's title's, when there is one, are found here.
    FormKeysAttribute textKeys = text.getAttribute(FormKeysAttribute.class);
    List<String> titleKeys = source.titleGiven() ? WordForms.keyList(source.title()) : List.of();
    // A word of both the title and the text comes twice: a field of documents only counts it once.
    doc.add(new Field(IndexFields.FORMS, new TermStream(() -> concat(titleKeys, textKeys.keys())), WORDS_ONLY));
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
