package fr.trouvaille.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.lucene.analysis.Analyzer;

/**
 * Measures one corpus: indexing both ways, the reference's searches in process, then the real
 * server started on our index and driven over loopback at each concurrency level.
 */
final class CorpusBench {

  private final Analyzer analyzer;
  private final BenchSettings settings;
  private final Path work;
  private final PrintWriter progress;

  CorpusBench(Analyzer analyzer, BenchSettings settings, Path work, PrintWriter progress) {
    this.analyzer = analyzer;
    this.settings = settings;
    this.work = work;
    this.progress = progress;
  }

  CorpusResult run(BenchCorpus corpus) throws Exception {
    Path folder = work.resolve("indexes").resolve(corpus.name());
    Path index = folder.resolve("ours");
    say("[%s] indexing %s%n", corpus.name(), corpus.folder());
    IndexingResult indexing = new IndexingBench(2, settings.indexingRounds()).run(corpus.folder(), index, folder.resolve("reference"));
    say("[%s] %d documents, %.1f MB: ours %.2f MB/s, reference %.2f MB/s (%.0f %%; CPU %.1f vs %.1f s), "
        + "no-change reindex %.2f s%n", corpus.name(), indexing.documents(), indexing.megabytes(),
        indexing.oursMegabytesPerSecond(), indexing.referenceMegabytesPerSecond(), 100 * indexing.ratio(),
        indexing.oursCpuSeconds(), indexing.referenceCpuSeconds(), indexing.incrementalSeconds());
    LatencyStats reference = referenceSearches(index);
    say("[%s] reference in process: p50 %.2f ms, %.0f q/s, CPU %.2f ms/q%n", corpus.name(), reference.p50(),
        reference.perSecond(), reference.cpuMsPerRequest());
    double oneJvm = startInOneJvm(corpus, index, folder);
    // From here on, the only processes of ours are this JVM and the server: the indexing runs and the
    // one-JVM start before were child processes whose CPU the meter would count as other load.
    CpuMeter meter = CpuMeter.start();
    try (ServerProcess server = ServerProcess.start(corpus.folder(), index, settings.serverJvmArgs(), Map.of(),
        folder.resolve("server.log"), settings.queries().get(0).path())) {
      say("[%s] server answered %.2f s after start (%.2f s CPU)%n", corpus.name(),
          server.startToFirstAnswer().toNanos() / 1e9, server.startCpu().toNanos() / 1e9);
      List<LevelResult> http = load(corpus.name(), server);
      ExplanationCost explanations = explanations(corpus.name(), server);
      DeepHighlight deep = corpus.deepWord() == null ? null : new DeepProbe().check(server.port(), corpus.deepWord());
      OptionalLong heap = Jdk.heapUsedAfterGc(server.pid());
      Duration serverCpu = server.cpu();
      return new CorpusResult(corpus.name(), indexing, reference, http, server.startToFirstAnswer().toNanos() / 1e9,
          server.startCpu().toNanos() / 1e9, oneJvm,
          heap.isPresent() ? heap.getAsLong() / (1024.0 * 1024.0) : null, deep, meter.otherCores(serverCpu), explanations);
    }
  }

  // A quarter of a phase a round, half a second at least: many short pairs (12 by default), judged by their median.
  private ExplanationCost explanations(String name, ServerProcess server) throws InterruptedException {
    if (settings.explainPairs() < 1) {
      return null;
    }
    ExplanationCost cost = new ExplanationProbe(server, settings.acceptGzip(), settings.queries())
        .measure(settings.explainPairs(), seconds(Math.max(0.5, settings.seconds() / 4)));
    say("[%s] explanations: server CPU %.3f ms/search with, %.3f without (%d and %d searches): %+.1f %%; "
        + "median of %d pairs %+.1f %% (middle half %+.1f to %+.1f %%)%n", name, cost.cpuMsWith(), cost.cpuMsWithout(),
        cost.searchesWith(), cost.searchesWithout(), 100 * cost.cost(), cost.pairs(), 100 * cost.median(),
        100 * cost.lowerQuartile(), 100 * cost.upperQuartile());
    return cost;
  }

  /**
   * Start to first answer in one JVM, as before the launcher: {@code TROUVAILLE_CHILD_JVM=0} keeps
   * {@code serve} in the JVM the user started, without the class-data archive. What the launcher buys.
   */
  private double startInOneJvm(BenchCorpus corpus, Path index, Path folder) throws Exception {
    try (ServerProcess server = ServerProcess.start(corpus.folder(), index, settings.serverJvmArgs(),
        Map.of("TROUVAILLE_CHILD_JVM", "0"), folder.resolve("one-jvm.log"), settings.queries().get(0).path())) {
      say("[%s] in one JVM, no class-data archive: answered %.2f s after start (%.2f s CPU)%n", corpus.name(),
          server.startToFirstAnswer().toNanos() / 1e9, server.startCpu().toNanos() / 1e9);
      return server.startToFirstAnswer().toNanos() / 1e9;
    }
  }

  private LatencyStats referenceSearches(Path index) throws Exception {
    try (ReferenceSearcher reference = new ReferenceSearcher(index, analyzer)) {
      WarmUp.Result warm = WarmUp.untilSettled(length -> reference.measure(settings.queries(), length),
          seconds(settings.warmupSeconds()), CorpusBench::ownCompilerTime);
      say("[reference] warmed up in %s%n", describe(warm));
      return reference.measure(settings.queries(), seconds(settings.seconds()));
    }
  }

  private List<LevelResult> load(String name, ServerProcess server) throws Exception {
    LoadGenerator load = new LoadGenerator(server.port(), settings.acceptGzip(),
        settings.queries().stream().map(BenchQuery::path).toList());
    WarmUp.Result warm = WarmUp.untilSettled(length -> load.saturate(2, length), seconds(settings.warmupSeconds()),
        server::compilerCpu);
    say("[%s] server warmed up in %s%n", name, describe(warm));
    List<LevelResult> levels = new ArrayList<>();
    for (int clients : settings.levels()) {
      long cpu = server.cpu().toNanos();
      LatencyStats saturated = load.saturate(clients, seconds(settings.seconds())).withCpu(server.cpu().toNanos() - cpu);
      LatencyStats paced = load.paced(clients, saturated.perSecond() * settings.pacedFraction(), seconds(settings.seconds()));
      say("[%s] c=%d: %.0f req/s, server CPU %.2f ms/req; paced at %.0f req/s: p50 %.2f, p90 %.2f, p99 %.2f, max %.2f ms%s%n",
          name, clients, saturated.perSecond(), saturated.cpuMsPerRequest(), paced.perSecond(), paced.p50(), paced.p90(), paced.p99(), paced.max(),
          saturated.errors() + paced.errors() > 0 ? ", " + (saturated.errors() + paced.errors()) + " errors" : "");
      levels.add(new LevelResult(clients, saturated, paced));
    }
    return levels;
  }

  private static Optional<Duration> ownCompilerTime() {
    CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
    return compiler != null && compiler.isCompilationTimeMonitoringSupported()
        ? Optional.of(Duration.ofMillis(compiler.getTotalCompilationTime()))
        : Optional.empty();
  }

  private static String describe(WarmUp.Result warm) {
    return String.format(java.util.Locale.ROOT, "%.0f s (%d rounds, JIT %s)", warm.took().toNanos() / 1e9, warm.rounds(),
        warm.settled() ? "settled" : "still compiling or not measurable");
  }

  private void say(String format, Object... args) {
    progress.printf(java.util.Locale.ROOT, format, args);
    progress.flush();
  }

  private static Duration seconds(double seconds) {
    return Duration.ofMillis(Math.round(seconds * 1000));
  }
}
