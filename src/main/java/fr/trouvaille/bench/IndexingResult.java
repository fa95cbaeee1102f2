package fr.trouvaille.bench;

/**
 * Indexing figures of one corpus: our full reindex and the bare Lucene reference on the same files,
 * each into a fresh index, then our incremental reindex with nothing changed.
 *
 * @param ratio our throughput over the reference's
 */
public record IndexingResult(
    int documents, double megabytes,
    double oursSeconds, double oursMegabytesPerSecond, double oursDocumentsPerSecond,
    double referenceSeconds, double referenceMegabytesPerSecond, double referenceDocumentsPerSecond,
    double ratio, double incrementalSeconds, double indexMegabytes) {

  private static final double MB = 1024.0 * 1024.0;

  static IndexingResult of(int documents, long bytes, long oursNanos, long referenceNanos, long incrementalNanos,
      long indexBytes) {
    double ours = oursNanos / 1e9;
    double reference = referenceNanos / 1e9;
    return new IndexingResult(documents, bytes / MB,
        ours, bytes / MB / ours, documents / ours,
        reference, bytes / MB / reference, documents / reference,
        reference / ours, incrementalNanos / 1e9, indexBytes / MB);
  }
}
