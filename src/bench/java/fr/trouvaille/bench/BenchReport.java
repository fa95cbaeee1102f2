package fr.trouvaille.bench;

import java.util.List;

/**
 * The whole benchmark: where and how it ran, and the figures of each corpus.
 *
 * @param uptimeBefore what {@code uptime} printed before the run
 * @param uptimeAfter and after it
 */
public record BenchReport(
    String startedAt, double minutes, Machine machine, String uptimeBefore, String uptimeAfter,
    BenchSettings settings, List<CorpusResult> corpora) {

  public BenchReport {
    corpora = List.copyOf(corpora);
  }
}
