package fr.trouvaille.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The bare Lucene indexing loop the reindex is measured against: walk the folder, read each
 * {@code .txt}/{@code .md} file as UTF-8, add it as an id and a stored text with offsets in the
 * postings, from a few threads, one commit. Default {@link IndexWriterConfig} but the analyzer (and
 * no commit on close, as the reindex): no headers, no hashes, no change detection.
 */
final class ReferenceIndexer {

  private static final FieldType TEXT = textWithOffsets();

  private final Analyzer analyzer;
  private final int threads;

  ReferenceIndexer(Analyzer analyzer, int threads) {
    this.analyzer = analyzer;
    this.threads = threads;
  }

  /**
   * {@code ReferenceIndexer CORPUS INDEX THREADS}: the reference as a process of its own, with our
   * index analyzer, so the bench compares two whole processes.
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    int count = new ReferenceIndexer(fr.trouvaille.analysis.FrenchAnalysis.indexAnalyzer(), Integer.parseInt(args[2]))
        .index(Path.of(args[0]), Path.of(args[1]));
    System.out.println(count + " documents indexed");
  }

  private static FieldType textWithOffsets() {
    FieldType type = new FieldType(TextField.TYPE_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** Indexes every document file below {@code corpus} into a new index at {@code index}; returns the count. */
  int index(Path corpus, Path index) throws IOException, InterruptedException {
    List<Path> files = documentFiles(corpus);
    AtomicInteger next = new AtomicInteger();
    try (Directory directory = FSDirectory.open(index);
        // Like the reindex: one commit, then close without waiting for the merges that are running.
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setCommitOnClose(false))) {
      List<Thread> workers = new ArrayList<>();
      List<Throwable> failures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        Thread worker = new Thread(() -> {
          for (int i = next.getAndIncrement(); i < files.size(); i = next.getAndIncrement()) {
            add(writer, corpus, files.get(i));
          }
        }, "reference-indexer");
        worker.setUncaughtExceptionHandler((th, e) -> {
          synchronized (failures) {
            failures.add(e);
          }
        });
        worker.start();
        workers.add(worker);
      }
      for (Thread worker : workers) {
        worker.join();
      }
      if (!failures.isEmpty()) {
        throw new IOException("the reference indexer failed", failures.get(0));
      }
      writer.commit();
    }
    return files.size();
  }

  private void add(IndexWriter writer, Path corpus, Path file) {
    try {
      Document doc = new Document();
      doc.add(new StringField("id", corpus.relativize(file).toString(), Field.Store.YES));
      doc.add(new Field("text", Files.readString(file), TEXT));
      writer.addDocument(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> documentFiles(Path corpus) throws IOException {
    try (Stream<Path> walk = Files.walk(corpus)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md"))
          .filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md") || !p.getParent().equals(corpus))
          .sorted()
          .toList();
    }
  }
}
