package fr.trouvaille.bench;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

  private static LatencyStats stats(double perSecond, double p50, double p99) {
    return new LatencyStats(1000, 0, 10, perSecond, p50, p50 * 2, p99, p99 * 2, 1.2);
  }

  private static CorpusResult corpus(String name, int documents, double ratio, double incremental, double httpP50,
      double p99At8, DeepHighlight deep) {
    IndexingResult indexing = new IndexingResult(documents, 74, 10, 7.4, 9007, 10 * ratio, 7.4 / ratio, 9007 / ratio, ratio,
        18, 17, 17 / 18.0, incremental, 150, 900, 700);
    List<LevelResult> http = List.of(
        new LevelResult(1, stats(500, httpP50, 5), stats(375, httpP50, 5)),
        new LevelResult(8, stats(1200, 6, p99At8), stats(900, 5, p99At8)));
    return new CorpusResult(name, indexing, stats(600, 1.5, 4), http, 1.2, 1.9, 0.8, 80.0, deep, 0.1);
  }

  private static String markdown(CorpusResult... corpora) {
    return MarkdownReport.of(new BenchReport("2026-01-01 10:00", 5, new Machine(2, "cpu", 24, "Java 17", "Linux"),
        "load before", "load after", new BenchSettings(10, 5, List.of(1, 8), 0.75, List.of(), 0, true, QuerySet.STANDARD, 0, 3),
        List.of(corpora)));
  }

  @Test
  void targets_met_and_missed_are_said_against_the_figures_of_the_largest_codes_corpus() {
    String md = markdown(corpus("codes-10k", 10_000, 0.5, 9, 9, 90, null), corpus("codes-90k", 90_078, 0.95, 2.5, 2.2, 14, null));
    assertTrue(md.contains("| Indexing ≥ 90 % of the reference (codes-90k) | 7.40 vs 7.79 MB/s = 95 % | met |"), md);
    assertTrue(md.contains("| No-change reindex < 2 s (codes-90k) | 2.50 s | **missed** |"), md);
    assertTrue(md.contains("| HTTP p50 within 1 ms of the in-process reference (1 client, back to back) (codes-90k) | 2.20 vs 1.50 ms (paced: 2.20 ms) | met |"), md);
    assertTrue(md.contains("| HTTP p99 < 15 ms at 8 clients (codes-90k) | 14.00 ms"), md);
    assertTrue(md.contains("1,200 vs 1.5 × 600 = 900 req/s | met |"), md);
    assertTrue(md.contains("| Start to first answer < 1.0 s (codes-90k) | 1.20 s (one JVM, no archive: 0.80 s) | **missed** |"), md);
    assertTrue(md.contains("load before"), md);
  }

  @Test
  void the_explanations_cost_is_a_row_per_corpus_and_a_target_on_the_largest_codes_corpus() {
    CorpusResult plain = corpus("codes-90k", 90_078, 0.95, 0.5, 1, 9, null);
    CorpusResult explained = new CorpusResult(plain.name(), plain.indexing(), plain.reference(), plain.http(),
        1.2, 1.9, 0.8, 80.0, null, 0.1, new ExplanationCost(4, 4000, 4200, 1.08, 1.0, List.of(0.05, 0.12, 0.07, 0.08)));
    String md = markdown(explained);
    // Pairs sorted: 5, 7, 8, 12 %: median 7.5 %, quartiles 6 and 10 %.
    assertTrue(md.contains("| codes-90k | 4 | 4,000 / 4,200 | 1.080 | 1.000 | +8.0 % | +7.5 % | +6.0 % to +10.0 % | +5.0 % to +12.0 % |"), md);
    assertTrue(md.contains("| Explanations (`matches`) add < 10 % to a search's server CPU (codes-90k) | median of 4 pairs +7.5 % "
        + "(all rounds: 1.080 vs 1.000 ms = +8.0 %) | met |"), md);
    assertFalse(markdown(plain).contains("**Explanations**"), "a run that did not measure them says nothing of them");
  }

  @Test
  void every_corpus_has_its_rows_and_the_novels_their_deep_highlight() {
    DeepHighlight deep = new DeepHighlight("Monteverdi", "roman.txt", 3_284_642, true, "… <mark>Monteverdi</mark> …");
    String md = markdown(corpus("shipped", 46, 1.1, 0.1, 1, 3, null), corpus("eltec-fra", 100, 0.9, 0.2, 3, 60, deep));
    assertTrue(md.contains("| shipped | 46 | 74.0 |"), md);
    assertTrue(md.contains("`Monteverdi` at character 3,284,642 of roman.txt: marked"), md);
    assertTrue(md.contains("| Long documents: search p99 < 25 ms at 1 client (eltec-fra) | 5.00 ms | met |"), md);
    assertTrue(md.contains("| Long documents: search p99 < 50 ms at 8 clients (eltec-fra) | 60.00 ms | **missed** |"), md);
  }
}
