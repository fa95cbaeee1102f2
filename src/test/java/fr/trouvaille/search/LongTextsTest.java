package fr.trouvaille.search;

import static fr.trouvaille.Fixtures.reindex;
import static fr.trouvaille.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Long texts read for a results page are kept decoded, and a reindexed text is never served stale. */
class LongTextsTest {

  @TempDir Path corpus;
  @TempDir Path index;

  private static String longText(String word) {
    return "Un long récit de la vallée. ".repeat(LongTexts.LONG / 20) + "Les " + word + " paissent au loin.";
  }

  @Test
  void keeps_long_texts_only_within_its_bound() {
    LongTexts texts = new LongTexts(LongTexts.LONG * 2L);
    Object segment = new Object();
    texts.keep(segment, 1, new LongTexts.Read(new CharSequence[] {"court"}, Map.of()));
    assertNull(texts.get(segment, 1), "a short text is read each time");
    LongTexts.Read read = new LongTexts.Read(new CharSequence[] {"x".repeat(LongTexts.LONG)}, Map.of("id", "a.txt"));
    texts.keep(segment, 2, read);
    assertEquals(read, texts.get(segment, 2));
    assertNull(texts.get(new Object(), 2), "another segment is another document");
  }

  @Test
  void a_page_read_twice_is_the_same_and_a_reindexed_text_is_read_anew() throws IOException {
    write(corpus, "recit.txt", longText("moutons"));
    reindex(corpus, index);
    try (LuceneSearchEngine engine = new LuceneSearchEngine(index)) {
      SearchResult first = engine.search(SearchRequest.of("moutons"));
      SearchResult again = engine.search(SearchRequest.of("moutons"));
      assertEquals(first.hits().get(0).snippet(), again.hits().get(0).snippet());
      assertEquals(first.hits().get(0).matches(), again.hits().get(0).matches());
      assertEquals("recit.txt", again.hits().get(0).id());
      assertTrue(again.hits().get(0).snippet().contains("<mark>moutons</mark>"), again.hits().get(0).snippet());

      write(corpus, "recit.txt", longText("chèvres"));
      reindex(corpus, index);
      engine.refresh();
      SearchResult changed = engine.search(SearchRequest.of("chèvres"));
      assertNotNull(changed.hits().get(0).snippet());
      assertTrue(changed.hits().get(0).snippet().contains("<mark>chèvres</mark>"), changed.hits().get(0).snippet());
      assertFalse(changed.hits().get(0).snippet().contains("moutons"));
      assertEquals(0, engine.search(SearchRequest.of("moutons")).total());
    }
  }
}
