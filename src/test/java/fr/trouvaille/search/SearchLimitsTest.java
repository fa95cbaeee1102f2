package fr.trouvaille.search;

import static fr.trouvaille.Fixtures.reindex;
import static fr.trouvaille.Fixtures.smallCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.Fixtures;
import fr.trouvaille.analysis.FrenchAnalysis;
import fr.trouvaille.analysis.QueryAnalysis;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchLimitsTest {

  @TempDir Path corpus;
  @TempDir Path index;

  private LuceneSearchEngine engine(Duration budget) throws IOException {
    return new LuceneSearchEngine(index, QueryAnalysis.fixed(FrenchAnalysis.queryAnalyzer()), new SearchLimits(budget));
  }

  @Test
  void a_search_out_of_time_answers_with_what_it_has_and_says_it_is_partial() throws IOException {
    smallCorpus(corpus);
    reindex(corpus, index);
    try (LuceneSearchEngine spent = engine(Duration.ZERO); LuceneSearchEngine normal = engine(Duration.ofSeconds(30))) {
      SearchResult partial = spent.search(SearchRequest.of("troupes"));
      assertTrue(partial.partial());
      assertTrue(partial.total() < 3, "stopped before counting everything: " + partial.total());
      SearchResult whole = normal.search(SearchRequest.of("troupes"));
      assertFalse(whole.partial());
      assertEquals(3, whole.total());
    }
  }

  @Test
  void a_prefix_stands_for_a_bounded_number_of_words() throws IOException {
    int words = SearchLimits.MAX_PREFIX_EXPANSIONS + 72;
    for (int i = 0; i < words; i++) {
      Fixtures.write(corpus, String.format("mots/%03d.txt", i), String.format("Le mot zorglub%03d est inventé.", i));
    }
    reindex(corpus, index);
    try (LuceneSearchEngine engine = engine(Duration.ofSeconds(30))) {
      // Read as words: the most frequent words as written that begin with it; with an operator, Lucene's prefix.
      assertEquals(SearchRules.MAX_PREFIX_FORMS, engine.search(SearchRequest.of("zorglub*")).total());
      assertEquals(SearchLimits.MAX_PREFIX_EXPANSIONS, engine.search(SearchRequest.of("zorglub* | zzzyxq")).total());
      assertEquals(10, engine.search(SearchRequest.of("zorglub19*")).total(), "a narrower prefix is whole");
    }
  }

  @Test
  void very_long_prefix_and_fuzzy_words_are_read_as_plain_words() throws IOException {
    smallCorpus(corpus);
    reindex(corpus, index);
    try (LuceneSearchEngine engine = engine(Duration.ofSeconds(30))) {
      String longWord = "troupes".repeat(130);
      assertEquals(0, engine.search(SearchRequest.of(longWord + "*")).total());
      assertEquals(0, engine.search(SearchRequest.of(longWord + "~2")).total());
      assertEquals(3, engine.search(SearchRequest.of("troup*")).total());
      assertEquals(3, engine.search(SearchRequest.of("troupees~1")).total(), "short fuzzy words still work");
    }
  }

  @Test
  void phrase_slop_is_capped() {
    String parsed = QueryFactory.parse("\"retrait troupes\"~99999",
        QueryAnalysis.fixed(FrenchAnalysis.queryAnalyzer()).current(), true).toString();
    assertTrue(parsed.contains("~" + SearchLimits.MAX_PHRASE_SLOP) && !parsed.contains("99999"), parsed);
  }
}
