package fr.trouvaille.eval;

import fr.trouvaille.corpus.CorpusFile;
import fr.trouvaille.corpus.CorpusScanner;
import fr.trouvaille.corpus.DocumentParser;
import fr.trouvaille.corpus.ParseResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
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
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;

/**
 * What a stock Elasticsearch gives with its {@code french} analyzer (and Solr with {@code text_fr}),
 * on bare Lucene, in memory: standard tokenizer, elision, lower case, the Snowball French stopwords,
 * the light French stemmer; BM25 with Lucene's defaults. No accent folding, no synonyms, no hyphen
 * handling, no relaxation: the reference Trouvaille's ranking is measured against.
 */
public final class FrenchReference implements AutoCloseable {

  private static final String ID = "id";
  private static final String TITLE = "title";
  private static final String TEXT = "text";

  /** One document as the reference indexes it. */
  public record Document(String id, String title, String text) {}

  private final Analyzer analyzer = analyzer();
  private final Directory directory = new ByteBuffersDirectory();
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  /** Indexes {@code documents}: title and text, keyed by id. */
  public FrenchReference(List<Document> documents) {
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
      for (Document doc : documents) {
        org.apache.lucene.document.Document d = new org.apache.lucene.document.Document();
        d.add(new StringField(ID, doc.id(), Field.Store.YES));
        d.add(new TextField(TITLE, doc.title(), Field.Store.NO));
        d.add(new TextField(TEXT, doc.text(), Field.Store.NO));
        writer.addDocument(d);
      }
      writer.commit();
      reader = DirectoryReader.open(directory);
      searcher = new IndexSearcher(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The documents of a corpus folder as Trouvaille reads them (same ids, titles and texts). */
  public static List<Document> documentsOf(Path corpus) throws IOException {
    List<Document> docs = new ArrayList<>();
    DocumentParser parser = new DocumentParser();
    for (CorpusFile file : new CorpusScanner().scan(corpus).files()) {
      if (parser.parse(file.id(), Files.readAllBytes(file.path())) instanceof ParseResult.Parsed parsed) {
        docs.add(new Document(file.id(), parsed.document().title(), parsed.document().text()));
      }
    }
    return docs;
  }

  /** Elasticsearch's {@code french} analyzer, written with Lucene's factory names. */
  public static Analyzer analyzer() {
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

  /**
   * Elasticsearch's default {@code match} query on the text: any of the words, ranked by BM25, equal
   * scores in index order. Returns the ids of the first {@code k}.
   */
  public List<String> match(String query, int k) {
    Query any = new QueryBuilder(analyzer).createBooleanQuery(TEXT, query, BooleanClause.Occur.SHOULD);
    List<String> ids = new ArrayList<>();
    try {
      for (ScoreDoc hit : searcher.search(any == null ? new MatchNoDocsQuery() : any, k).scoreDocs) {
        ids.add(searcher.storedFields().document(hit.doc).get(ID));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ids;
  }

  /** The ids of the documents that hold every word of {@code query} in title or text, as simple_query_string reads it. */
  public Set<String> matchingEvery(String query) {
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, Map.of(TITLE, 1f, TEXT, 1f));
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    Set<String> ids = new HashSet<>();
    try {
      for (ScoreDoc hit : searcher.search(parser.parse(query), Math.max(1, reader.numDocs())).scoreDocs) {
        ids.add(searcher.storedFields().document(hit.doc).get(ID));
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
