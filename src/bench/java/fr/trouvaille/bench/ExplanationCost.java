package fr.trouvaille.bench;

import java.util.List;

/**
 * What saying why each hit matched ({@code matches}) costs the server: the same queries on the same
 * server, asked with explanations and with {@code explain=false}, in alternating rounds.
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

  /** The explanations' CPU as a fraction of a search's CPU without them (0.08: 8 % more). */
  public double cost() {
    return cpuMsWith / cpuMsWithout - 1;
  }
}
