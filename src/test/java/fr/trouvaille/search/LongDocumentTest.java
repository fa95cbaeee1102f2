package fr.trouvaille.search;

import static fr.trouvaille.Fixtures.reindex;
import static fr.trouvaille.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LongDocumentTest {

  @TempDir Path corpus;
  @TempDir Path index;

  @Test
  void a_word_only_found_three_megabytes_into_a_novel_gets_a_marked_snippet() throws Exception {
    StringBuilder novel = new StringBuilder(3_200_000);
    for (int chapter = 0; novel.length() < 3_000_000; chapter++) {
      novel.append("Chapitre ").append(chapter).append(". La pluie tombait sur la ville endormie, et le vent ")
          .append("soufflait dans les rues désertes où personne ne passait plus depuis longtemps.\n\n");
    }
    int deep = novel.length();
    novel.append("Au bout du compte, il joua du Monteverdi pour les derniers invités de la soirée.\n");
    assertTrue(deep > 2_000_000);
    write(corpus, "romans/fleuve.txt", novel.toString());
    reindex(corpus, index);

    try (LuceneSearchEngine engine = new LuceneSearchEngine(index)) {
      SearchResult result = engine.search(SearchRequest.of("monteverdi"));
      assertEquals(1, result.total());
      String snippet = result.hits().get(0).snippet();
      assertTrue(snippet.contains("<mark>Monteverdi</mark>"), snippet);
      assertTrue(snippet.contains("derniers invités"), "the passage is the one deep in the text: " + snippet);
    }
  }
}
