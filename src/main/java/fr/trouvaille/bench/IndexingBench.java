package fr.trouvaille.bench;

import fr.trouvaille.corpus.CorpusFile;
import fr.trouvaille.corpus.CorpusScanner;
import fr.trouvaille.index.ReindexListener;
import fr.trouvaille.index.Reindexer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/** Times, on one corpus, our full reindex against the reference loop, and a reindex with nothing to do. */
final class IndexingBench {

  private final Analyzer analyzer;
  private final int threads;

  IndexingBench(Analyzer analyzer, int threads) {
    this.analyzer = analyzer;
    this.threads = threads;
  }

  /** Indexes {@code corpus} both ways once, untimed, so neither pays for compiling the code. */
  void warmUp(Path corpus, Path work) throws Exception {
    new ReferenceIndexer(analyzer, threads).index(corpus, work.resolve("warm-reference"));
    new Reindexer(analyzer).reindex(corpus, work.resolve("warm-ours"), true, ReindexListener.NONE);
    Folders.delete(work);
  }

  /** Builds our index in {@code ours} (kept, for the searches) and the reference's in {@code reference} (deleted). */
  IndexingResult run(Path corpus, Path ours, Path reference) throws Exception {
    List<CorpusFile> files = new CorpusScanner().scan(corpus).files();
    long bytes = readAll(files); // both runs then read from the page cache
    System.gc();
    long t0 = System.nanoTime();
    new ReferenceIndexer(analyzer, threads).index(corpus, reference);
    long referenceNanos = System.nanoTime() - t0;
    Folders.delete(reference);
    System.gc();
    Reindexer reindexer = new Reindexer(analyzer);
    t0 = System.nanoTime();
    int documents = reindexer.reindex(corpus, ours, true, ReindexListener.NONE).documents();
    long oursNanos = System.nanoTime() - t0;
    t0 = System.nanoTime();
    reindexer.reindex(corpus, ours, false, ReindexListener.NONE);
    long incrementalNanos = System.nanoTime() - t0;
    return IndexingResult.of(documents, bytes, oursNanos, referenceNanos, incrementalNanos, Folders.size(ours));
  }

  private static long readAll(List<CorpusFile> files) throws IOException {
    long bytes = 0;
    for (CorpusFile file : files) {
      bytes += Files.readAllBytes(file.path()).length;
    }
    return bytes;
  }
}
