package fr.trouvaille.index;

import fr.trouvaille.corpus.CorpusFile;
import fr.trouvaille.corpus.CorpusScan;
import fr.trouvaille.corpus.CorpusScanner;
import fr.trouvaille.corpus.DocumentParser;
import fr.trouvaille.corpus.ParseResult;
import fr.trouvaille.corpus.SkipReason;
import fr.trouvaille.corpus.Skipped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Brings an index in line with a corpus folder: adds new files, updates changed ones, deletes the
 * ones that are gone, and commits once at the end.
 *
 * <p>Safety comes from Lucene's commit model: readers only ever see the last commit, so a reader
 * sees the old index or the new one, never half of one; a reindex that dies before its commit
 * leaves the previous commit as it was. The index's write lock makes a second reindex fail fast.
 */
public final class Reindexer {

  /** Files larger than this are skipped rather than read into memory. */
  public static final long DEFAULT_MAX_FILE_BYTES = 64L << 20;

  private final Analyzer analyzer;
  private final CorpusScanner scanner = new CorpusScanner();
  private final DocumentParser parser = new DocumentParser();
  private final DocumentMapper mapper = new DocumentMapper();
  private final long maxFileBytes;
  private final int threads;

  public Reindexer(Analyzer analyzer, long maxFileBytes, int threads) {
    this.analyzer = analyzer;
    this.maxFileBytes = maxFileBytes;
    this.threads = Math.max(1, threads);
  }

  /** A reindexer with our analysis, the default file size limit, one thread per core. */
  public Reindexer() {
    this(DEFAULT_MAX_FILE_BYTES, Runtime.getRuntime().availableProcessors());
  }

  /** A reindexer with our analysis. */
  public Reindexer(long maxFileBytes, int threads) {
    this(DocumentMapper.analyzer(), maxFileBytes, threads);
  }

  /**
   * Reindexes {@code corpus} into the index folder {@code index} (created if missing).
   *
   * @param full rebuild from nothing instead of comparing with what is indexed
   */
  public ReindexReport reindex(Path corpus, Path index, boolean full, ReindexListener listener)
      throws IOException, ReindexInProgressException {
    Instant start = Instant.now();
    CorpusScan scan = scanner.scan(corpus);
    Files.createDirectories(index);
    try (Directory directory = FSDirectory.open(index);
        IndexWriter writer = openWriter(directory, index, full)) {
      Map<String, FileStamp> indexed = full ? Map.of() : readStamps(writer);
      listener.started(scan.files().size());
      Run run = new Run(writer, indexed, listener);
      run.indexAll(scan.files());
      Set<String> present = new HashSet<>();
      scan.files().forEach(f -> present.add(f.id()));
      for (String id : indexed.keySet()) {
        if (!present.contains(id)) {
          writer.deleteDocuments(new Term(IndexFields.ID, id));
          run.deleted.add(id);
        }
      }
      listener.committing();
      if (full || writer.hasUncommittedChanges()) {
        writer.setLiveCommitData(Map.of("trouvaille.reindexedAt", Instant.now().toString()).entrySet());
        writer.commit();
      }
      List<Skipped> skipped = new ArrayList<>(scan.skipped());
      skipped.addAll(run.skipped);
      skipped.sort((a, b) -> a.id().compareTo(b.id()));
      return new ReindexReport(
          run.added.size(), run.updated.size(), run.deleted.size(), run.unchanged.size(), skipped,
          writer.getDocStats().numDocs, run.bytesRead(), Duration.between(start, Instant.now()));
    }
  }

  private IndexWriter openWriter(Directory directory, Path index, boolean full)
      throws IOException, ReindexInProgressException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(full ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        // Never commit on close: an exception halfway must leave the previous commit untouched.
        .setCommitOnClose(false)
        .setRAMBufferSizeMB(64);
    try {
      return new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      throw new ReindexInProgressException(index.toString(), e);
    }
  }

  private static Map<String, FileStamp> readStamps(IndexWriter writer) throws IOException {
    try (DirectoryReader reader = DirectoryReader.open(writer)) {
      return IndexedStamps.read(reader);
    }
  }

  /** The state of one reindex: which files went where. Tasks run on several threads. */
  private final class Run {
    private final IndexWriter writer;
    private final Map<String, FileStamp> indexed;
    private final ReindexListener listener;
    final Set<String> added = ConcurrentHashMap.newKeySet();
    final Set<String> updated = ConcurrentHashMap.newKeySet();
    final Set<String> deleted = ConcurrentHashMap.newKeySet();
    final Set<String> unchanged = ConcurrentHashMap.newKeySet();
    final List<Skipped> skipped = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong bytes = new AtomicLong();

    Run(IndexWriter writer, Map<String, FileStamp> indexed, ReindexListener listener) {
      this.writer = writer;
      this.indexed = indexed;
      this.listener = listener;
    }

    long bytesRead() {
      return bytes.get();
    }

    void indexAll(List<CorpusFile> files) throws IOException {
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "reindex");
        t.setDaemon(true);
        return t;
      });
      try {
        List<Future<?>> futures = new ArrayList<>(files.size());
        for (CorpusFile file : files) {
          futures.add(pool.submit(() -> {
            indexOne(file);
            listener.fileDone(file.id());
            return null;
          }));
        }
        for (Future<?> future : futures) {
          future.get();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("reindex interrupted", e);
      } catch (ExecutionException e) {
        throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
      } finally {
        pool.shutdownNow();
      }
    }

    private void indexOne(CorpusFile file) throws IOException {
      FileStamp previous = indexed.get(file.id());
      if (previous != null && previous.sameSizeAndTime(file.size(), file.modifiedMillis())) {
        unchanged.add(file.id());
        return;
      }
      if (file.size() > maxFileBytes) {
        skip(file, SkipReason.TOO_LARGE, file.size() + " bytes, limit " + maxFileBytes);
        return;
      }
      byte[] content;
      try {
        content = Files.readAllBytes(file.path());
      } catch (NoSuchFileException e) {
        skip(file, SkipReason.UNREADABLE, "disappeared during the reindex");
        return;
      } catch (IOException e) {
        skip(file, SkipReason.UNREADABLE, e.getClass().getSimpleName() + ": " + e.getMessage());
        return;
      }
      bytes.addAndGet(content.length);
      FileStamp stamp = new FileStamp(content.length, file.modifiedMillis(), Hashes.sha256(content));
      Term key = new Term(IndexFields.ID, file.id());
      if (previous != null && previous.hash().equals(stamp.hash())) {
        // Touched, not changed: remember the new time so the next run does not read it again.
        writer.updateNumericDocValue(key, IndexFields.MTIME, stamp.modifiedMillis());
        unchanged.add(file.id());
        return;
      }
      ParseResult result = parser.parse(file.id(), content);
      if (result instanceof ParseResult.Rejected rejected) {
        skip(file, rejected.reason(), rejected.detail());
      } else if (result instanceof ParseResult.Parsed parsed) {
        writer.updateDocument(key, mapper.toDocument(parsed.document(), stamp));
        (previous == null ? added : updated).add(file.id());
      }
    }

    private void skip(CorpusFile file, SkipReason reason, String detail) throws IOException {
      skipped.add(new Skipped(file.id(), reason, detail));
      if (indexed.containsKey(file.id())) {
        // The file is there but no longer a document: its old version must not stay searchable.
        writer.deleteDocuments(new Term(IndexFields.ID, file.id()));
        deleted.add(file.id());
      }
    }
  }
}
