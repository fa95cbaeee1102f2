package fr.trouvaille.bench;

import java.util.List;
import java.util.stream.DoubleStream;

/**
 * What saying why each hit matched ({@code matches}) costs the server: the same queries on the same
 * server, asked with explanations and with {@code explain=false}, in alternating rounds. Judged by
 * the median of the pairs of rounds, with the middle half of the pairs as its spread.
 *
 * @param pairs rounds of each kind
 * @param searchesWith searches answered with explanations, over all rounds
 * @param searchesWithout and without
 * @param cpuMsWith server CPU (user + system, all threads) per search with explanations
 * @param cpuMsWithout and without
 * @param pairCosts the cost of each pair of rounds, as {@link #cost()} counts it: how much the figures spread
 */
public record ExplanationCost(int pairs, long searchesWith, long searchesWithout, double cpuMsWith, double cpuMsWithout,
    List<Double> pairCosts) {

  public ExplanationCost {
    pairCosts = List.copyOf(pairCosts);
  }

  /** The explanations' CPU as a fraction of a search's CPU without them, over all rounds (0.08: 8 % more). */
  public double cost() {
    return cpuMsWith / cpuMsWithout - 1;
  }

  /**
   * The median of the pairs' costs: the figure the target is judged by. A round that another process
   * or a garbage collection slowed moves the cost over all rounds; it moves the median by one pair.
   */
  public double median() {
    return median(sorted());
  }

  /** The median of the lower half of the pairs' costs (the first quartile). */
  public double lowerQuartile() {
    double[] sorted = sorted();
    return median(java.util.Arrays.copyOfRange(sorted, 0, sorted.length / 2));
  }

  /** The median of the upper half of the pairs' costs (the third quartile). */
  public double upperQuartile() {
    double[] sorted = sorted();
    return median(java.util.Arrays.copyOfRange(sorted, (sorted.length + 1) / 2, sorted.length));
  }

  /** The lowest pair's cost. */
  public double lowest() {
    return pairCosts.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  /** The highest pair's cost. */
  public double highest() {
    return pairCosts.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }

  private double[] sorted() {
    return pairCosts.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  private static double median(double[] sorted) {
    int n = sorted.length;
    return n == 0 ? Double.NaN : n % 2 == 1 ? sorted[n / 2] : DoubleStream.of(sorted[n / 2 - 1], sorted[n / 2]).average().orElseThrow();
  }
}
