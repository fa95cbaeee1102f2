package fr.trouvaille.eval;

import java.util.List;

/**
 * The metrics of a set of judged queries, averaged.
 *
 * @param queries how many queries were run
 * @param found how many had a relevant document in the first k
 * @param k the cut-off
 */
public record EvalSummary(int queries, int found, double mrr, double ndcg, int k) {

  /** The averages of {@code each} (one entry a query). */
  public static EvalSummary of(List<RankingMetrics> each, int k) {
    int found = (int) each.stream().filter(RankingMetrics::found).count();
    double mrr = each.stream().mapToDouble(RankingMetrics::reciprocalRank).average().orElse(0);
    double ndcg = each.stream().mapToDouble(RankingMetrics::ndcg).average().orElse(0);
    return new EvalSummary(each.size(), found, mrr, ndcg, k);
  }

  /** recall@k: the share of queries with a relevant document in the first k. */
  public double recall() {
    return queries == 0 ? 0 : (double) found / queries;
  }

  /** One line: {@code recall@10 250/371 (67.4 %)  MRR@10 0.553  nDCG@10 0.585}. */
  public String line() {
    return String.format(java.util.Locale.ROOT, "recall@%d %d/%d (%.1f %%)  MRR@%d %.3f  nDCG@%d %.3f",
        k, found, queries, 100 * recall(), k, mrr, k, ndcg);
  }
}
