package fr.trouvaille.bench;

import fr.trouvaille.corpus.CorpusFile;
import fr.trouvaille.corpus.CorpusScanner;
import fr.trouvaille.index.ReindexListener;
import fr.trouvaille.index.Reindexer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/** Times, on one corpus, our full reindex against the reference loop, and a reindex with nothing to do. */
final class IndexingBench {

  /** Runs of each indexing, alternating. */
  static final int ROUNDS = 3;

  private final Analyzer analyzer;
  private final int threads;

  IndexingBench(Analyzer analyzer, int threads) {
    this.analyzer = analyzer;
    this.threads = threads;
  }

  /** Indexes {@code corpus} both ways once, untimed, so neither pays for compiling the code. */
  void warmUp(Path corpus, Path work) throws Exception {
    new ReferenceIndexer(analyzer, threads).index(corpus, work.resolve("warm-reference"));
    new Reindexer(Reindexer.DEFAULT_MAX_FILE_BYTES, threads).reindex(corpus, work.resolve("warm-ours"), true, ReindexListener.NONE);
    Folders.delete(work);
  }

  /**
   * Builds our index in {@code ours} (kept, for the searches) and the reference's in {@code reference}
   * (deleted), {@link #ROUNDS} times each, in turn, and keeps the median of each: one run of either
   * moved by up to 15 % from the one before on this machine, as merges fell differently.
   */
  IndexingResult run(Path corpus, Path ours, Path reference) throws Exception {
    List<CorpusFile> files = new CorpusScanner().scan(corpus).files();
    long bytes = readAll(files); // every run then reads from the page cache
    Reindexer reindexer = new Reindexer(Reindexer.DEFAULT_MAX_FILE_BYTES, threads);
    List<IndexingResult.Timing> referenceTimes = new ArrayList<>();
    List<IndexingResult.Timing> oursTimes = new ArrayList<>();
    int[] documents = new int[1];
    for (int round = 0; round < ROUNDS; round++) {
      referenceTimes.add(timed(() -> new ReferenceIndexer(analyzer, threads).index(corpus, reference)));
      Folders.delete(reference);
      if (round > 0) {
        Folders.delete(ours);
      }
      oursTimes.add(timed(() -> documents[0] = reindexer.reindex(corpus, ours, true, ReindexListener.NONE).documents()));
    }
    IndexingResult.Timing incremental = timed(() -> reindexer.reindex(corpus, ours, false, ReindexListener.NONE));
    return IndexingResult.of(documents[0], bytes, median(oursTimes), median(referenceTimes), incremental.wallNanos(),
        Folders.size(ours));
  }

  /** The median wall time and the median CPU time of some runs. */
  static IndexingResult.Timing median(List<IndexingResult.Timing> runs) {
    long[] walls = runs.stream().mapToLong(IndexingResult.Timing::wallNanos).sorted().toArray();
    long[] cpus = runs.stream().mapToLong(IndexingResult.Timing::cpuNanos).sorted().toArray();
    return new IndexingResult.Timing(walls[walls.length / 2], cpus[cpus.length / 2]);
  }

  /** A piece of indexing work to time. */
  private interface Work {
    void run() throws Exception;
  }

  // After a collection, so that neither run pays for the garbage of the one before.
  private static IndexingResult.Timing timed(Work work) throws Exception {
    System.gc();
    long cpu = CpuMeter.processCpuNanos();
    long wall = System.nanoTime();
    work.run();
    return new IndexingResult.Timing(System.nanoTime() - wall, CpuMeter.processCpuNanos() - cpu);
  }

  private static long readAll(List<CorpusFile> files) throws IOException {
    long bytes = 0;
    for (CorpusFile file : files) {
      bytes += Files.readAllBytes(file.path()).length;
    }
    return bytes;
  }
}
