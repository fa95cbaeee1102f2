package fr.trouvaille.bench;

import fr.trouvaille.corpus.CorpusFile;
import fr.trouvaille.corpus.CorpusScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Times, on one corpus, our full reindex against the reference, each as a whole process as a user runs
 * it ({@code trouvaille reindex --full} and the reference's own JVM): start, walk, reading, hashing,
 * analysis, commit, exit, the JIT and the GC included. Then a reindex with nothing to do, also a process.
 */
final class IndexingBench {

  /** Runs of each indexing, alternating, unless told otherwise. */
  static final int ROUNDS = 3;

  private final int threads;
  private final int rounds;

  IndexingBench(int threads, int rounds) {
    this.threads = threads;
    this.rounds = rounds;
  }

  /**
   * Builds our index in {@code ours} (kept, for the searches) and the reference's in {@code reference}
   * (deleted), {@code rounds} times each, in turn, and keeps the median of each: one run of either
   * moved by up to 15 % from the one before on this machine, as merges fell differently.
   */
  IndexingResult run(Path corpus, Path ours, Path reference) throws Exception {
    List<CorpusFile> files = new CorpusScanner().scan(corpus).files();
    long bytes = readAll(files); // every run then reads from the page cache
    Path log = Files.createTempFile("indexing-", ".log");
    List<IndexingResult.Timing> referenceTimes = new ArrayList<>();
    List<IndexingResult.Timing> oursTimes = new ArrayList<>();
    for (int round = 0; round < rounds; round++) {
      referenceTimes.add(MeasuredProcess.java(ReferenceIndexer.class.getName(),
          List.of(corpus.toString(), reference.toString(), Integer.toString(threads)), log));
      Folders.delete(reference);
      if (round > 0) {
        Folders.delete(ours);
      }
      oursTimes.add(MeasuredProcess.java(MAIN, reindex(corpus, ours, "--full"), log));
    }
    IndexingResult.Timing incremental = MeasuredProcess.java(MAIN, reindex(corpus, ours), log);
    Files.delete(log);
    return IndexingResult.of(documents(ours), bytes, median(oursTimes), median(referenceTimes), incremental.wallNanos(),
        Folders.size(ours));
  }

  private static final String MAIN = "fr.trouvaille.cli.Main";

  private static List<String> reindex(Path corpus, Path index, String... more) {
    List<String> args = new ArrayList<>(List.of("reindex", "--corpus", corpus.toString(), "--index", index.toString()));
    args.addAll(List.of(more));
    return args;
  }

  private static int documents(Path index) throws IOException {
    try (Directory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
      return reader.numDocs();
    }
  }

  /** The median wall time, CPU time and peak memory of some runs (each its own median). */
  static IndexingResult.Timing median(List<IndexingResult.Timing> runs) {
    long[] walls = runs.stream().mapToLong(IndexingResult.Timing::wallNanos).sorted().toArray();
    long[] cpus = runs.stream().mapToLong(IndexingResult.Timing::cpuNanos).sorted().toArray();
    long[] peaks = runs.stream().mapToLong(IndexingResult.Timing::peakBytes).sorted().toArray();
    return new IndexingResult.Timing(walls[walls.length / 2], cpus[cpus.length / 2], peaks[peaks.length / 2]);
  }

  private static long readAll(List<CorpusFile> files) throws IOException {
    long bytes = 0;
    for (CorpusFile file : files) {
      bytes += Files.readAllBytes(file.path()).length;
    }
    return bytes;
  }
}
