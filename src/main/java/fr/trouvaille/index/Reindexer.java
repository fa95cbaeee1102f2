package fr.trouvaille.index;

import fr.trouvaille.corpus.CorpusFile;
import fr.trouvaille.corpus.CorpusScan;
import fr.trouvaille.corpus.CorpusScanner;
import fr.trouvaille.corpus.DocumentParser;
import fr.trouvaille.corpus.SkipReason;
import fr.trouvaille.corpus.Skipped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
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

  /**
   * The fields a document gets, as a version written in each commit. An index of an older version
   * is rebuilt by the next reindex (in the same single commit): an unchanged file would otherwise
   * keep its old fields (2: the folder of the folder facet; 3: the heading field of an author's
   * title, and its words in the words field; 4: the phrase field, stopwords kept, and the forms field of completion;
   * 5: the stopwords in the text and heading fields instead of a phrase field; 6: no words field, the
   * spelling correction reads the forms field). An older index is rebuilt by {@code serve} and {@code reindex}.
   */
  static final String FIELDS_VERSION = "6";
  private static final String FIELDS_KEY = "trouvaille.fields";

  /** The commit data key of the corpus folder an index was built from (absolute, normalized). */
  static final String CORPUS_KEY = "trouvaille.corpus";

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
    CorpusScanner.requireFolder(corpus);
    // The walk of the folder and the reading of what is indexed overlap: each is about a third of a
    // reindex with nothing to do, and they share nothing.
    FutureTask<CorpusScan> scanning = new FutureTask<>(() -> scanner.scan(corpus));
    Thread walker = new Thread(scanning, "reindex-scan");
    walker.setDaemon(true);
    walker.start();
    Files.createDirectories(index);
    // Reads (merges, the stamps) into the heap rather than through memory maps: a merge of a
    // million-document index mapped 500 MB of segments, resident on top of the heap (1.2 → 1.7 GB).
    try (Directory directory = new NIOFSDirectory(index);
        IndexWriter writer = openWriter(directory, index, full)) {
      if (!full) {
        requireSameCorpus(writer, corpus, index);
      }
      Map<String, FileStamp> indexed = full ? Map.of() : readStamps(writer);
      if (!indexed.isEmpty() && !currentFields(lastCommitData(writer))) {
        writer.deleteAll(); // older fields: every file is indexed again, visible at the one commit
        indexed = Map.of();
      }
      CorpusScan scan = await(scanning);
      listener.started(scan.files().size());
      Run run = new Run(writer, indexed, listener);
      run.indexAll(run.unchangedRemoved(scan.files()));
      run.deleteGone(scan.files());
      listener.committing();
      if (full || writer.hasUncommittedChanges()) {
        writer.setLiveCommitData(Map.of("trouvaille.reindexedAt", Instant.now().toString(),
            FIELDS_KEY, FIELDS_VERSION, CORPUS_KEY, folder(corpus)).entrySet());
        writer.commit();
      }
      List<Skipped> skipped = new ArrayList<>(scan.skipped());
      skipped.addAll(run.skipped);
      skipped.sort((a, b) -> a.id().compareTo(b.id()));
      return new ReindexReport(
          run.added.get(), run.updated.get(), run.deleted.get(), run.unchanged.get(), skipped,
          writer.getDocStats().numDocs, run.bytesRead(), Duration.between(start, Instant.now()));
    }
  }

  /**
   * Whether the last commit's fields are the ones this version writes and searches; an index written
   * by an older version (or by one that did not say) is indexed again from every file.
   */
  public static boolean currentFields(Map<String, String> commitData) {
    return FIELDS_VERSION.equals(commitData.get(FIELDS_KEY));
  }

  /** The corpus folder the last commit was built from (absolute), if it says. */
  public static Optional<String> builtFrom(Map<String, String> commitData) {
    return Optional.ofNullable(commitData.get(CORPUS_KEY));
  }

  // A commit made before the index remembered its folder says nothing: it is taken as the same.
  private static void requireSameCorpus(IndexWriter writer, Path corpus, Path index) {
    builtFrom(lastCommitData(writer)).filter(folder -> !folder.equals(folder(corpus))).ifPresent(folder -> {
      throw new OtherCorpusException(index.toString(), folder, corpus);
    });
  }

  // The real path when the folder exists: the same folder reached through a link or another working
  // directory is the same corpus.
  static String folder(Path corpus) {
    try {
      return corpus.toRealPath().toString();
    } catch (IOException e) {
      return corpus.toAbsolutePath().normalize().toString();
    }
  }

  private IndexWriter openWriter(Directory directory, Path index, boolean full)
      throws IOException, ReindexInProgressException {
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(full ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        // Never commit on close: an exception halfway must leave the previous commit untouched.
        .setCommitOnClose(false)
        .setRAMBufferSizeMB(64)
        .setSimilarity(new TextNorms())
        .setCodec(new UncompressedStoredFieldsCodec());
    try {
      return new IndexWriter(directory, config);
    } catch (LockObtainFailedException e) {
      throw new ReindexInProgressException(index.toString(), e);
    }
  }

  private static CorpusScan await(FutureTask<CorpusScan> scanning) throws IOException {
    try {
      return scanning.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("reindex interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  private static Map<String, String> lastCommitData(IndexWriter writer) {
    Map<String, String> data = new java.util.HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    return data;
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
    // Counts, not sets of ids: the report gives numbers, and a million ids would stay live.
    final AtomicInteger added = new AtomicInteger();
    final AtomicInteger updated = new AtomicInteger();
    final AtomicInteger deleted = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final List<Skipped> skipped = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong bytes = new AtomicLong();
    /** Scanned files that are in the index, changed or not. */
    private int known;

    Run(IndexWriter writer, Map<String, FileStamp> indexed, ReindexListener listener) {
      this.writer = writer;
      this.indexed = indexed;
      this.listener = listener;
    }

    long bytesRead() {
      return bytes.get();
    }

    /**
     * The files whose size and time differ from what is indexed; the others are counted as
     * unchanged here, without a task each: a reindex with nothing to do is then one pass over a map.
     */
    List<CorpusFile> unchangedRemoved(List<CorpusFile> files) {
      List<CorpusFile> changed = new ArrayList<>();
      for (CorpusFile file : files) {
        FileStamp previous = indexed.get(file.id());
        known += previous == null ? 0 : 1;
        if (previous != null && previous.sameSizeAndTime(file.size(), file.modifiedMillis())) {
          unchanged.incrementAndGet();
          listener.fileDone(file.id(), FileOutcome.UNCHANGED);
        } else {
          changed.add(file);
        }
      }
      return changed;
    }

    /** Deletes the indexed documents whose file is no longer in the corpus. */
    void deleteGone(List<CorpusFile> files) throws IOException {
      if (known == indexed.size()) {
        return; // every indexed id was seen in the scan: none is gone, no need for a set of them
      }
      Set<String> present = new HashSet<>(files.size() * 2);
      files.forEach(f -> present.add(f.id()));
      for (String id : indexed.keySet()) {
        if (!present.contains(id)) {
          writer.deleteDocuments(new Term(IndexFields.ID, id));
          deleted.incrementAndGet();
        }
      }
    }

    /**
     * Indexes {@code files} on {@link #threads} threads, each taking the next file: one task per thread,
     * not per file, because a million queued tasks would stay live the whole run (and the heap grows
     * with what stays live). The first failure stops every thread.
     */
    void indexAll(List<CorpusFile> files) throws IOException {
      ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
        Thread t = new Thread(r, "reindex");
        t.setDaemon(true);
        return t;
      });
      AtomicInteger next = new AtomicInteger();
      AtomicBoolean failed = new AtomicBoolean();
      try {
        List<Future<?>> workers = new ArrayList<>(threads);
        for (int t = 0; t < threads; t++) {
          workers.add(pool.submit(() -> {
            try {
              for (int i = next.getAndIncrement(); i < files.size() && !failed.get(); i = next.getAndIncrement()) {
                CorpusFile file = files.get(i);
                listener.fileDone(file.id(), indexOne(file));
              }
            } catch (IOException | RuntimeException e) {
              failed.set(true);
              throw e;
            }
            return null;
          }));
        }
        for (Future<?> worker : workers) {
          worker.get();
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

    // The decisions are FileChange's, shared with the SolrCloud reindex; this only acts on them.
    private FileOutcome indexOne(CorpusFile file) throws IOException {
      FileChange change = FileChange.of(file, indexed.get(file.id()), maxFileBytes, parser);
      if (change instanceof FileChange.Unchanged same) {
        if (same.touched()) {
          bytes.addAndGet(same.stamp().size()); // read to compare its hash
          // Touched, not changed: remember the new time so the next run does not read it again.
          writer.updateNumericDocValue(new Term(IndexFields.ID, file.id()), IndexFields.MTIME, same.stamp().modifiedMillis());
        }
        unchanged.incrementAndGet();
        return FileOutcome.UNCHANGED;
      }
      if (change instanceof FileChange.Skip skip) {
        return skip(file, skip.reason(), skip.detail());
      }
      FileChange.Changed changed = (FileChange.Changed) change;
      bytes.addAndGet(changed.stamp().size());
      Document doc = mapper.toDocument(changed.document(), changed.stamp());
      if (changed.isNew()) {
        // Not in the index (the stamps list every live document): no delete term to buffer and
        // apply at each flush, which a full reindex of 90k files would otherwise pay 90k times.
        writer.addDocument(doc);
        added.incrementAndGet();
      } else {
        writer.updateDocument(new Term(IndexFields.ID, file.id()), doc);
        updated.incrementAndGet();
      }
      return FileOutcome.INDEXED;
    }

    private FileOutcome skip(CorpusFile file, SkipReason reason, String detail) throws IOException {
      skipped.add(new Skipped(file.id(), reason, detail));
      if (indexed.containsKey(file.id())) {
        // The file is there but no longer a document: its old version must not stay searchable.
        writer.deleteDocuments(new Term(IndexFields.ID, file.id()));
        deleted.incrementAndGet();
      }
      return FileOutcome.SKIPPED;
    }
  }
}
