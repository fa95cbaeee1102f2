package fr.trouvaille.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.trouvaille.analysis.FrenchAnalysis;
import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextNormsTest {

  // "kept": the text's analysis, stopwords kept and counted; "removed": the same chain with its stop filter.
  private static long[] norms(String text, Similarity similarity) throws IOException {
    PerFieldAnalyzerWrapper analyzer = new PerFieldAnalyzerWrapper(FrenchAnalysis.indexAnalyzer(),
        Map.of("kept", FrenchAnalysis.textIndexAnalyzer()));
    try (Directory directory = new ByteBuffersDirectory()) {
      try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setSimilarity(similarity))) {
        Document doc = new Document();
        doc.add(new TextField("kept", text, Field.Store.NO));
        doc.add(new TextField("removed", text, Field.Store.NO));
        writer.addDocument(doc);
        // A second document: the count starts again with each text.
        Document other = new Document();
        other.add(new TextField("kept", "le la les " + text, Field.Store.NO));
        writer.addDocument(other);
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        LeafReader leaf = reader.leaves().get(0).reader();
        return new long[] {norm(leaf, "kept", 0), norm(leaf, "removed", 0), norm(leaf, "kept", 1)};
      }
    }
  }

  private static long norm(LeafReader leaf, String field, int doc) throws IOException {
    NumericDocValues norms = leaf.getNormValues(field);
    return norms.advanceExact(doc) ? norms.longValue() : -1;
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Le retrait des troupes russes du Kazakhstan a commencé.",
      "Les troupes de l’OTSC, à la demande de Tokaïev, quittent Nur-Sultan et Almaty ; est-ce la fin ?",
      "Kazakhstan",
      "Le débat sur le mariage pour tous a duré des mois. " + "Une phrase de plus pour allonger le texte. " + "encore et encore ",
  })
  void the_text_is_as_long_as_without_its_stopwords(String text) throws IOException {
    long[] norms = norms(text, new TextNorms());
    assertEquals(norms[1], norms[0], "stopwords left out of the length");
    assertEquals(norms[0], norms[2], "counted again for each document");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Le retrait des troupes russes du Kazakhstan a commencé."})
  void lucene_s_own_norms_would_count_them(String text) throws IOException {
    long[] norms = norms(text, new BM25Similarity());
    assertNotEquals(norms[1], norms[0]);
  }
}
