package fr.trouvaille.search;

import static fr.trouvaille.Fixtures.reindex;
import static fr.trouvaille.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The best hits' order: closer words first, equal scores by id, and pages that agree. */
class HitOrderTest {

  @TempDir Path corpus;
  @TempDir Path index;

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(Hit::id).toList();
  }

  @Test
  void words_standing_close_rank_a_document_above_one_where_they_are_far_apart() throws IOException {
    write(corpus, "far.txt", "Copier. Copier. Copier. Rien d'autre ici, vraiment rien du tout, rien. Fichiers. Fichiers. Fichiers.");
    write(corpus, "close.txt", "Copier les fichiers du dossier vers la clé, puis ranger le bureau et partir.");
    reindex(corpus, index);
    try (LuceneSearchEngine engine = new LuceneSearchEngine(index)) {
      // A query with an operator runs as typed, without proximity: by its words, "far" comes first.
      assertEquals(List.of("far.txt", "close.txt"), ids(engine.search(SearchRequest.of("copier | fichiers"))));
      assertEquals(List.of("close.txt", "far.txt"), ids(engine.search(SearchRequest.of("copier fichiers"))));
    }
  }

  @Test
  void equal_scores_come_in_id_order_wherever_the_documents_stand_in_the_index() throws IOException {
    write(corpus, "m.txt", "Des moutons dans la vallée.");
    write(corpus, "z.txt", "Des moutons dans la vallée.");
    reindex(corpus, index);
    write(corpus, "a.txt", "Des moutons dans la vallée."); // indexed last, after m and z
    reindex(corpus, index);
    try (LuceneSearchEngine engine = new LuceneSearchEngine(index)) {
      assertEquals(List.of("a.txt", "m.txt", "z.txt"), ids(engine.search(SearchRequest.of("moutons"))));
      assertEquals(List.of("a.txt", "m.txt", "z.txt"), ids(engine.search(SearchRequest.of("moutons vallée"))));
    }
  }

  @Test
  void pages_past_the_rescored_window_follow_it_without_a_hit_twice_or_missing() throws IOException {
    int documents = SearchRules.NEAR_WINDOW + 30;
    for (int i = 0; i < documents; i++) {
      // Every document holds both words; some hold them side by side, others far apart, at every length.
      String filler = " texte".repeat(i % 17);
      String body = i % 3 == 0 ? "Les moutons de la vallée" + filler + "." : "Les moutons" + filler + " de la haute vallée.";
      write(corpus, String.format("d%03d.txt", i), body);
    }
    reindex(corpus, index);
    try (LuceneSearchEngine engine = new LuceneSearchEngine(index)) {
      List<String> whole = ids(engine.search(new SearchRequest("moutons vallée", 1, documents, null, null)));
      List<String> paged = new ArrayList<>();
      for (int page = 1; page <= (documents + 9) / 10; page++) {
        paged.addAll(ids(engine.search(new SearchRequest("moutons vallée", page, 10, null, null))));
      }
      assertEquals(documents, whole.size());
      assertEquals(whole, paged);
      List<Double> scores = engine.search(new SearchRequest("moutons vallée", 1, documents, null, null)).hits().stream()
          .map(Hit::score).map(Number::doubleValue).toList();
      for (int i = 1; i < scores.size(); i++) {
        assertTrue(scores.get(i) <= scores.get(i - 1), "scores never rise down the list, at " + i);
      }
    }
  }
}
