package fr.trouvaille.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Judged queries run through one ranking system.
 *
 * @param system the system's name, as printed ("Trouvaille", "Elasticsearch french")
 * @param outcomes one per query, in the order of the queries
 * @param summary the averages over the queries
 */
public record Evaluation(String system, List<Outcome> outcomes, EvalSummary summary) {

  /** A ranking system: the ids of the first {@code k} documents it gives for {@code query}, best first. */
  @FunctionalInterface
  public interface Ranker {
    List<String> rank(String query, int k);
  }

  /** What one query gave. */
  public record Outcome(JudgedQuery query, List<String> ranked, RankingMetrics metrics) {
    public Outcome {
      ranked = List.copyOf(ranked);
    }
  }

  public Evaluation {
    outcomes = List.copyOf(outcomes);
  }

  /** Runs every query of {@code queries} through {@code ranker}, cut at {@code k}. */
  public static Evaluation run(String system, List<JudgedQuery> queries, Ranker ranker, int k) {
    List<Outcome> outcomes = new ArrayList<>(queries.size());
    for (JudgedQuery query : queries) {
      List<String> ranked = ranker.rank(query.text(), k);
      outcomes.add(new Outcome(query, ranked, RankingMetrics.of(ranked, query.relevant(), k)));
    }
    return new Evaluation(system, outcomes, EvalSummary.of(outcomes.stream().map(Outcome::metrics).toList(), k));
  }

  /** The queries with no relevant document in the first k. */
  public List<Outcome> missed() {
    return outcomes.stream().filter(o -> !o.metrics().found()).toList();
  }
}
