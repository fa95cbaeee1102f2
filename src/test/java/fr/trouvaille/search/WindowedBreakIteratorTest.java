package fr.trouvaille.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WindowedBreakIteratorTest {

  private static List<Integer> forwardBreaks(BreakIterator iterator, String text) {
    iterator.setText(text);
    List<Integer> breaks = new ArrayList<>();
    for (int b = iterator.first(); b != BreakIterator.DONE; b = iterator.next()) {
      breaks.add(b);
    }
    return breaks;
  }

  @Test
  void it_finds_the_sentences_the_jdk_finds_even_around_a_sentence_longer_than_its_window() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      text.append("La phrase numéro ").append(i).append(" se termine ici. ");
      if (i == 100) {
        text.append("Une très longue phrase").append(", et encore des mots".repeat(600)).append(". ");
      }
    }
    String s = text.toString();
    BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.FRENCH);
    List<Integer> expected = forwardBreaks(jdk, s);
    WindowedBreakIterator windowed = new WindowedBreakIterator(BreakIterator.getSentenceInstance(Locale.FRENCH));
    assertEquals(expected, forwardBreaks(windowed, s));
    // Asked out of order, as a highlighter does from one match to the next.
    for (int offset : new int[] {s.length() - 5, 3, s.indexOf("Une très longue") + 5000, 12_000, 1}) {
      jdk.setText(s);
      windowed.setText(s);
      assertEquals(jdk.following(offset), windowed.following(offset), "following " + offset);
      jdk.setText(s);
      assertEquals(jdk.preceding(offset), windowed.preceding(offset), "preceding " + offset);
    }
  }
}
