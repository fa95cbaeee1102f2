package fr.trouvaille.search;

import static fr.trouvaille.Fixtures.reindex;
import static fr.trouvaille.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  @Test
  void a_word_met_thousands_of_times_is_marked_everywhere_in_its_passages_and_in_the_reading_view() throws Exception {
    StringBuilder novel = new StringBuilder();
    int sentences = 5_000;
    for (int i = 0; i < sentences; i++) {
      novel.append("Le ").append(i).append("e jour, la pluie tombait encore sur les toits de la ville. ");
      if (i % 40 == 39) {
        novel.append("\n\n");
      }
    }
    write(corpus, "romans/pluie.txt", novel.toString());
    reindex(corpus, index);

    try (LuceneSearchEngine engine = new LuceneSearchEngine(index)) {
      String snippet = engine.search(SearchRequest.of("pluie")).hits().get(0).snippet();
      assertEquals(count(snippet, "pluie"), count(snippet, "<mark>pluie</mark>"), "no match unmarked in a passage: " + snippet);
      assertTrue(count(snippet, "<mark>pluie</mark>") >= 1, snippet);

      String highlighted = engine.document("romans/pluie.txt", "pluie").orElseThrow().highlighted();
      assertEquals(sentences, count(highlighted, "<mark>pluie</mark>"), "the reading view marks all matches, far past the snippet's candidates");
    }
  }

  @Test
  void the_last_passage_a_snippet_weighs_keeps_all_its_matches() throws Exception {
    // Each paragraph, longer than a passage, is a passage holding one match; the last one weighed
    // holds three, so it wins, and the scan must not stop inside it. A better passage past the
    // bound is never weighed.
    String plain = " sur la plaine grise et vide, où les troupeaux cherchaient un abri contre le vent"
        + " qui soufflait depuis les collines lointaines du nord, sans relâche ni répit.\n\n";
    StringBuilder text = new StringBuilder();
    for (int i = 1; i < SearchRules.SNIPPET_CANDIDATES; i++) {
      text.append("Une averse numéro ").append(i).append(" passa").append(plain);
    }
    text.append("Averse après averse, encore une averse").append(plain);
    text.append("Averse, averse, averse, averse, averse : la plaine disparut").append(plain);
    write(corpus, "notes/averses.txt", text.toString());
    reindex(corpus, index);

    try (LuceneSearchEngine engine = new LuceneSearchEngine(index)) {
      String snippet = engine.search(SearchRequest.of("averse")).hits().get(0).snippet();
      assertTrue(snippet.startsWith("<mark>Averse</mark> après <mark>averse</mark>, encore une <mark>averse</mark>"), snippet);
      assertTrue(!snippet.contains("disparut"), "the passage past the bound is not weighed: " + snippet);
    }
  }

  @Test
  void a_word_found_only_past_the_passages_a_snippet_weighs_is_still_explained_as_found() throws Exception {
    // The snippet stops weighing after its candidates; the hit's matches come from the same reading
    // of the text and must still see the rest of it.
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 3 * SearchRules.SNIPPET_CANDIDATES; i++) {
      text.append("Une averse numéro ").append(i).append(" passa sur la plaine grise et vide, où les troupeaux")
          .append(" cherchaient un abri contre le vent du nord.\n\n");
    }
    text.append("Enfin vinrent les Grêles, qui couchèrent les blés.\n");
    write(corpus, "notes/orages.txt", text.toString());
    reindex(corpus, index);

    try (LuceneSearchEngine engine = new LuceneSearchEngine(index)) {
      Hit hit = engine.search(SearchRequest.of("averses grêle")).hits().get(0);
      WordMatch grele = hit.matches().stream().filter(m -> m.word().equals("grêle")).findFirst().orElseThrow();
      assertTrue(!grele.absent(), "grêle is in the text, past the snippet's candidates: " + hit.matches());
      assertEquals("Grêles", grele.forms().get(0).form());
      assertEquals("inflection", grele.forms().get(0).rule());
    }
  }

  private static int count(String text, String what) {
    Matcher found = Pattern.compile(Pattern.quote(what), Pattern.CASE_INSENSITIVE).matcher(text);
    int count = 0;
    while (found.find()) {
      count++;
    }
    return count;
  }
}
