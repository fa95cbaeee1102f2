package fr.trouvaille.bench;

/**
 * Indexing figures of one corpus: our full reindex and the bare Lucene reference on the same files,
 * each into a fresh index, then our incremental reindex with nothing changed.
 *
 * @param ratio our throughput over the reference's
 * @param oursCpuSeconds CPU time of our reindex, all threads (steadier than the wall time on a
 *     machine others use)
 * @param cpuRatio the reference's CPU time over ours: how close our work is to the bare minimum
 * @param oursPeakMegabytes peak resident memory of the reindex process (VmHWM)
 */
public record IndexingResult(
    int documents, double megabytes,
    double oursSeconds, double oursMegabytesPerSecond, double oursDocumentsPerSecond,
    double referenceSeconds, double referenceMegabytesPerSecond, double referenceDocumentsPerSecond,
    double ratio, double oursCpuSeconds, double referenceCpuSeconds, double cpuRatio,
    double incrementalSeconds, double indexMegabytes, double oursPeakMegabytes, double referencePeakMegabytes) {

  private static final double MB = 1024.0 * 1024.0;

  /** Times in nanoseconds: {@code ours} and {@code reference} hold wall and CPU time. */
  static IndexingResult of(int documents, long bytes, Timing ours, Timing reference, long incrementalNanos,
      long indexBytes) {
    double wall = ours.wallNanos() / 1e9;
    double referenceWall = reference.wallNanos() / 1e9;
    return new IndexingResult(documents, bytes / MB,
        wall, bytes / MB / wall, documents / wall,
        referenceWall, bytes / MB / referenceWall, documents / referenceWall,
        referenceWall / wall, ours.cpuNanos() / 1e9, reference.cpuNanos() / 1e9,
        (double) reference.cpuNanos() / ours.cpuNanos(), incrementalNanos / 1e9, indexBytes / MB,
        ours.peakBytes() / MB, reference.peakBytes() / MB);
  }

  /** Wall and CPU time of one run, and its process's peak resident memory (0: not measured). */
  record Timing(long wallNanos, long cpuNanos, long peakBytes) {
    Timing(long wallNanos, long cpuNanos) {
      this(wallNanos, cpuNanos, 0);
    }
  }
}
