package fr.trouvaille.eval;

import java.util.List;
import java.util.Set;

/**
 * How well one ranking answers one judged query, within its first {@code k} results; relevance is
 * binary (a document answers or not).
 *
 * @param found some relevant document is in the first k (averaged over queries: recall@k as the
 *     judged sets' README counts it, "250/371 queries")
 * @param reciprocalRank 1 / the rank of the first relevant document, 0 when none is in the first k
 * @param ndcg discounted cumulative gain of the first k over the best one possible (log2 discount)
 */
public record RankingMetrics(boolean found, double reciprocalRank, double ndcg) {

  /** The metrics of {@code ranked} (ids, best first) against {@code relevant}, cut at {@code k}. */
  public static RankingMetrics of(List<String> ranked, Set<String> relevant, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k starts at 1");
    }
    double reciprocalRank = 0;
    double gain = 0;
    int seen = Math.min(k, ranked.size());
    for (int i = 0; i < seen; i++) {
      if (relevant.contains(ranked.get(i))) {
        reciprocalRank = reciprocalRank == 0 ? 1.0 / (i + 1) : reciprocalRank;
        gain += discount(i);
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(k, relevant.size()); i++) {
      ideal += discount(i);
    }
    return new RankingMetrics(reciprocalRank > 0, reciprocalRank, ideal == 0 ? 0 : gain / ideal);
  }

  private static double discount(int rank0) {
    return 1 / (Math.log(rank0 + 2) / Math.log(2));
  }
}
