package fr.trouvaille.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RankingMetricsTest {

  private static final double EPSILON = 1e-9;

  // nDCG values worked by hand: DCG = sum of 1/log2(rank+1) over relevant ranks, over the ideal DCG.
  @ParameterizedTest(name = "{0} against {1} at {2}")
  @CsvSource(delimiter = ';', textBlock = """
      # ranking  ; relevant ; k  ; found ; reciprocal rank ; nDCG
      a b c      ; a        ; 10 ; true  ; 1.0             ; 1.0
      x a b      ; a        ; 10 ; true  ; 0.5             ; 0.6309297535714574
      x y a      ; a        ; 10 ; true  ; 0.3333333333333333 ; 0.5
      x y a      ; a        ; 2  ; false ; 0.0             ; 0.0
      x y z      ; a        ; 10 ; false ; 0.0             ; 0.0
      ''         ; a        ; 10 ; false ; 0.0             ; 0.0
      a x b      ; a b      ; 10 ; true  ; 1.0             ; 0.9197207891481876
      x a b      ; a b      ; 10 ; true  ; 0.5             ; 0.6934264036172708
      a b        ; a b c    ; 10 ; true  ; 1.0             ; 0.7653606369886217
      """)
  void metrics_of_known_rankings(String ranking, String relevant, int k, boolean found, double rr, double ndcg) {
    List<String> ranked = ranking.isEmpty() ? List.of() : List.of(ranking.split(" "));
    RankingMetrics metrics = RankingMetrics.of(ranked, Set.of(relevant.split(" ")), k);
    assertEquals(found, metrics.found());
    assertEquals(rr, metrics.reciprocalRank(), EPSILON);
    assertEquals(ndcg, metrics.ndcg(), EPSILON);
  }

  @Test
  void a_summary_averages_over_queries() {
    EvalSummary summary = EvalSummary.of(List.of(
        RankingMetrics.of(List.of("a"), Set.of("a"), 10),
        RankingMetrics.of(List.of("x", "a"), Set.of("a"), 10),
        RankingMetrics.of(List.of("x"), Set.of("a"), 10),
        RankingMetrics.of(List.of("x", "y", "z", "a"), Set.of("a"), 10)), 10);
    assertEquals(4, summary.queries());
    assertEquals(3, summary.found());
    assertEquals(0.75, summary.recall(), EPSILON);
    assertEquals((1 + 0.5 + 0 + 0.25) / 4, summary.mrr(), EPSILON);
    assertEquals("recall@10 3/4 (75.0 %)  MRR@10 0.438  nDCG@10 0.515", summary.line());
  }

  @Test
  void k_starts_at_one() {
    assertThrows(IllegalArgumentException.class, () -> RankingMetrics.of(List.of("a"), Set.of("a"), 0));
  }

  @Test
  void reads_judged_queries_with_one_or_several_documents(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("queries.tsv");
    Files.writeString(file, "# query\trelevant\nCopier des fichiers\tman/cp.1.txt\n\nLister\tman/ls.1.txt\tman/dir.1.txt\n");
    List<JudgedQuery> queries = JudgedQuery.read(file);
    assertEquals(List.of(new JudgedQuery("Copier des fichiers", Set.of("man/cp.1.txt")),
        new JudgedQuery("Lister", Set.of("man/ls.1.txt", "man/dir.1.txt"))), queries);
    Files.writeString(file, "Une requête sans document\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JudgedQuery.read(file));
    assertEquals(file + ", line 1: expected a query, a tab and document ids", e.getMessage());
  }
}
