package fr.trouvaille.quality;

import fr.trouvaille.index.IndexFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

/**
 * An index built exactly like Elasticsearch's {@code french} analyzer (and Solr's {@code text_fr}):
 * standard tokenizer, elision, lowercase, the Snowball French stopwords, the light French stemmer.
 * No accent folding, no synonyms, no hyphen handling, no relaxation: the reference we must beat.
 */
final class ElasticsearchFrenchReference implements AutoCloseable {

  private final Analyzer analyzer = elasticsearchFrench();
  private final Directory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;

  /** Indexes title and text of every document, keyed by id. */
  ElasticsearchFrenchReference(Map<String, String[]> titleAndTextById) {
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (Map.Entry<String, String[]> doc : titleAndTextById.entrySet()) {
        Document d = new Document();
        d.add(new StringField(IndexFields.ID, doc.getKey(), Field.Store.YES));
        d.add(new TextField(IndexFields.TITLE, doc.getValue()[0], Field.Store.NO));
        d.add(new TextField(IndexFields.TEXT, doc.getValue()[1], Field.Store.NO));
        writer.addDocument(d);
      }
      writer.commit();
      reader = DirectoryReader.open(directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Analyzer elasticsearchFrench() {
    try {
      return CustomAnalyzer.builder()
          .withTokenizer("standard")
          .addTokenFilter("elision", "ignoreCase", "true")
          .addTokenFilter("lowercase")
          .addTokenFilter("stop", "words", "org/apache/lucene/analysis/snowball/french_stop.txt",
              "format", "snowball", "ignoreCase", "true")
          .addTokenFilter("frenchLightStem")
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Lucene's own FrenchAnalyzer: the same chain, to check that the one above is built right. */
  static Analyzer luceneFrench() {
    return new FrenchAnalyzer();
  }

  /** The ids of the documents that contain every word of {@code query}, as simple_query_string reads it. */
  Set<String> search(String query) {
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of(IndexFields.TITLE, 1f, IndexFields.TEXT, 1f));
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    IndexSearcher searcher = new IndexSearcher(reader);
    Set<String> ids = new HashSet<>();
    try {
      for (ScoreDoc hit : searcher.search(parser.parse(query), 10_000).scoreDocs) {
        ids.add(searcher.storedFields().document(hit.doc).get(IndexFields.ID));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }

  @Override
  public void close() throws IOException {
    try (directory; reader; analyzer) {
      // closes all three
    }
  }
}
