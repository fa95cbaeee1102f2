package fr.trouvaille.bench;

import java.util.List;
import java.util.Locale;

/** The benchmark's figures as Markdown tables: the README's Performance section is pasted from it. */
final class MarkdownReport {

  private final StringBuilder md = new StringBuilder();

  static String of(BenchReport report) {
    return new MarkdownReport().write(report);
  }

  private String write(BenchReport report) {
    Machine m = report.machine();
    BenchSettings s = report.settings();
    line("Run of %s, %.1f minutes. Machine: %d cores (%s), %.1f GB, %s, %s.", report.startedAt(), report.minutes(),
        m.cores(), m.cpu(), m.memoryGigabytes(), m.java(), m.os());
    line("Load: before `%s`; after `%s`.", report.uptimeBefore(), report.uptimeAfter());
    line("Each phase %s s (warm-up %s s); %d French queries of several shapes; paced phases at %.0f %% of the "
        + "back-to-back rate; clients %s gzip; server JVM options: %s.", number(s.seconds()), number(s.warmupSeconds()),
        s.queries().size(), 100 * s.pacedFraction(), s.acceptGzip() ? "accept" : "do not accept", s.serverJvmArgs().isEmpty() ? "none" : "`" + String.join(" ", s.serverJvmArgs()) + "`");
    md.append('\n');
    TargetTable.write(report.corpora(), md);
    indexing(report.corpora(), s.indexingRounds());
    search(report.corpora());
    explanations(report.corpora());
    server(report.corpora());
    return md.toString();
  }

  private void indexing(List<CorpusResult> corpora, int rounds) {
    md.append("\n**Indexing** (whole processes: `trouvaille reindex --full` against the reference in its own JVM, bare "
        + "Lucene, 2 threads, same analyzer; each into a fresh index, "
        + (rounds == 1 ? "one run each" : "median of " + rounds + " runs in turn")
        + "; CPU is user + system of the process (and of the child JVM the reindex starts), peak memory their VmHWM)\n\n");
    row("corpus", "docs", "MB", "ours MB/s", "ours docs/s", "reference MB/s", "reference docs/s", "ours / reference",
        "CPU s ours / reference", "peak MB ours / reference", "no-change reindex s", "index MB");
    rule(12);
    for (CorpusResult c : corpora) {
      IndexingResult i = c.indexing();
      row(c.name(), String.format(Locale.ROOT, "%,d", i.documents()), f1(i.megabytes()), f2(i.oursMegabytesPerSecond()),
          f0(i.oursDocumentsPerSecond()), f2(i.referenceMegabytesPerSecond()), f0(i.referenceDocumentsPerSecond()),
          f0(100 * i.ratio()) + " %", f1(i.oursCpuSeconds()) + " / " + f1(i.referenceCpuSeconds()),
          f0(i.oursPeakMegabytes()) + " / " + f0(i.referencePeakMegabytes()),
          f2(i.incrementalSeconds()), f1(i.indexMegabytes()));
    }
  }

  private void search(List<CorpusResult> corpora) {
    md.append("\n**Search** (HTTP: `GET /api/search` over loopback: req/s and p50 with the clients back to back, then "
        + "p50 to max in the paced phase, timed from each request's intended send time; reference: the same queries "
        + "in process, 1 thread, back to back)\n\n");
    row("corpus", "reference p50 ms", "reference q/s", "reference CPU ms/q", "clients", "HTTP req/s",
        "back-to-back p50 ms", "server CPU ms/req", "paced req/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "errors");
    rule(14);
    for (CorpusResult c : corpora) {
      boolean first = true;
      for (LevelResult l : c.http()) {
        LatencyStats p = l.paced();
        row(first ? c.name() : "", first ? f2(c.reference().p50()) : "", first ? f0(c.reference().perSecond()) : "",
            first ? f2(c.reference().cpuMsPerRequest()) : "", Integer.toString(l.clients()),
            f0(l.saturated().perSecond()), f2(l.saturated().p50()), f2(l.saturated().cpuMsPerRequest()),
            f0(p.perSecond()), f2(p.p50()),
            f2(p.p90()), f2(p.p99()), f1(p.max()), Long.toString(l.saturated().errors() + p.errors()));
        first = false;
      }
    }
  }

  private void explanations(List<CorpusResult> corpora) {
    List<CorpusResult> measured = corpora.stream().filter(c -> c.explanations() != null).toList();
    if (measured.isEmpty()) {
      return;
    }
    md.append("\n**Explanations** (each hit's `matches`: the same queries on the same server, 1 client back to back, "
        + "in short rounds with explanations and with `explain=false` in turn; server CPU, user + system, per search; "
        + "cost: the CPU they add to a search without them, over all rounds, then the median of the pairs of rounds, "
        + "which the target judges, the middle half of the pairs and all of them)\n\n");
    row("corpus", "pairs of rounds", "searches with / without", "server CPU ms/search with", "without", "cost, all rounds",
        "median of pairs", "middle half of pairs", "lowest to highest pair");
    rule(9);
    for (CorpusResult c : measured) {
      ExplanationCost e = c.explanations();
      row(c.name(), Integer.toString(e.pairs()), String.format(Locale.ROOT, "%,d / %,d", e.searchesWith(), e.searchesWithout()),
          f3(e.cpuMsWith()), f3(e.cpuMsWithout()), percent(e.cost()), percent(e.median()),
          percent(e.lowerQuartile()) + " to " + percent(e.upperQuartile()), percent(e.lowest()) + " to " + percent(e.highest()));
    }
  }

  private void server(List<CorpusResult> corpora) {
    md.append("\n**Server** (`java -jar trouvaille.jar serve` on the existing index, as a user starts it: the launcher and the server JVM it starts; other load: cores kept busy by other "
        + "processes while the server ran)\n\n");
    row("corpus", "start to first answer s", "start CPU s", "one JVM, no archive s", "heap after GC MB",
        "other load (cores)", "deep highlight");
    rule(7);
    for (CorpusResult c : corpora) {
      DeepHighlight d = c.deep();
      String deep = d == null ? "" : String.format(Locale.ROOT, "`%s` at character %,d of %s: %s", d.word(), d.offset(),
          d.id(), d.marked() ? "marked" : "NOT marked");
      row(c.name(), f2(c.startToFirstAnswerSeconds()), f2(c.startCpuSeconds()), f2(c.startOneJvmSeconds()),
          c.heapAfterGcMegabytes() == null ? "n/a" : f0(c.heapAfterGcMegabytes()),
          Double.isNaN(c.otherCores()) ? "n/a" : f2(c.otherCores()), deep);
    }
  }

  private void line(String format, Object... args) {
    md.append(String.format(Locale.ROOT, format, args)).append('\n');
  }

  private void row(String... cells) {
    md.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }

  private void rule(int columns) {
    md.append('|').append(" --- |".repeat(columns)).append('\n');
  }

  static String f0(double v) {
    return String.format(Locale.ROOT, "%,.0f", v);
  }

  static String f1(double v) {
    return String.format(Locale.ROOT, "%,.1f", v);
  }

  static String f2(double v) {
    return String.format(Locale.ROOT, "%,.2f", v);
  }

  static String f3(double v) {
    return String.format(Locale.ROOT, "%,.3f", v);
  }

  /** A fraction as a signed percentage: {@code +8.1 %}. */
  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%+.1f %%", 100 * fraction);
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
