package fr.trouvaille.bench;

import java.util.List;

/**
 * Every figure measured on one corpus.
 *
 * @param reference the queries in process on bare Lucene, one thread, back to back
 * @param http the same queries over HTTP, per concurrency level
 * @param startToFirstAnswerSeconds from {@code java -jar trouvaille.jar serve} on the existing index
 *     (the launcher and the server JVM it starts with the class-data archive) to the end of its
 *     first answer
 * @param startCpuSeconds CPU time the two JVMs used up to that answer, all threads
 * @param startOneJvmSeconds the same start in one JVM, without the archive ({@code TROUVAILLE_CHILD_JVM=0}), or NaN
 * @param heapAfterGcMegabytes the server's heap in use after the run and a full collection, or
 *     null when the JDK could not tell
 * @param deep the deep-highlight proof, or null for corpora without long documents
 * @param otherCores cores used by other processes than the benchmark and its server while this
 *     corpus's searches were measured (from the server's start), on average: the load of other work
 * @param explanations what explaining the hits costs the server, or null when not measured
 */
public record CorpusResult(
    String name, IndexingResult indexing, LatencyStats reference, List<LevelResult> http,
    double startToFirstAnswerSeconds, double startCpuSeconds, double startOneJvmSeconds, Double heapAfterGcMegabytes, DeepHighlight deep, double otherCores,
    ExplanationCost explanations) {

  public CorpusResult {
    http = List.copyOf(http);
  }

  /** The figures of a run that did not measure the explanations. */
  public CorpusResult(String name, IndexingResult indexing, LatencyStats reference, List<LevelResult> http,
      double startToFirstAnswerSeconds, double startCpuSeconds, double startOneJvmSeconds, Double heapAfterGcMegabytes,
      DeepHighlight deep, double otherCores) {
    this(name, indexing, reference, http, startToFirstAnswerSeconds, startCpuSeconds, startOneJvmSeconds,
        heapAfterGcMegabytes, deep, otherCores, null);
  }
}
