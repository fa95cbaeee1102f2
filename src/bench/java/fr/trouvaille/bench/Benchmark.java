package fr.trouvaille.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.trouvaille.analysis.FrenchAnalysis;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;

/** Runs the benchmark over a list of corpora and writes {@code bench.json} and {@code bench.md}. */
final class Benchmark {

  /** Below this many cores used by others, the machine counts as quiet. */
  static final double QUIET_CORES = 0.25;

  private final Corpora corpora;
  private final BenchSettings settings;
  private final Path work;
  private final PrintWriter progress;

  Benchmark(Corpora corpora, BenchSettings settings, Path work, PrintWriter progress) {
    this.corpora = corpora;
    this.settings = settings;
    this.work = work;
    this.progress = progress;
  }

  /** Measures each corpus in turn; the report is written to {@code out} and returned. */
  BenchReport run(List<String> names, Path out) throws Exception {
    String started = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    String before = Machine.uptime();
    long start = System.nanoTime();
    progress.println("Load before: " + before);
    progress.flush();
    Analyzer analyzer = FrenchAnalysis.indexAnalyzer();
    List<BenchCorpus> prepared = new ArrayList<>();
    for (String name : names) {
      prepared.add(corpora.get(name));
    }
    List<CorpusResult> results = new ArrayList<>();
    CorpusBench bench = new CorpusBench(analyzer, settings, work, progress);
    for (BenchCorpus corpus : prepared) {
      if (settings.waitQuietSeconds() > 0) {
        double others = CpuMeter.awaitQuiet(QUIET_CORES, Duration.ofMillis(Math.round(settings.waitQuietSeconds() * 1000)));
        progress.printf(Locale.ROOT, "[%s] other processes use %.2f cores%n", corpus.name(), others);
      }
      results.add(bench.run(corpus));
      Folders.delete(work.resolve("indexes").resolve(corpus.name()));
    }
    String after = Machine.uptime();
    progress.println("Load after: " + after);
    progress.flush();
    BenchReport report = new BenchReport(started, (System.nanoTime() - start) / 6e10, Machine.current(), before, after,
        settings, results);
    write(report, out);
    return report;
  }

  static void write(BenchReport report, Path out) throws IOException {
    Files.createDirectories(out);
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.resolve("bench.json").toFile(), report);
    Files.writeString(out.resolve("bench.md"), MarkdownReport.of(report), StandardCharsets.UTF_8);
    if (GrowthChart.applies(report.corpora())) {
      GrowthChart.write(report.corpora(), out.resolve("growth.png"));
    }
  }
}
