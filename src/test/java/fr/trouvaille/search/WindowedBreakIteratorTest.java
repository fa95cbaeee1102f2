package fr.trouvaille.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
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

  @Test
  void questions_in_any_order_get_the_jdks_answers_whether_or_not_the_last_window_holds_them() {
    for (int sentences : new int[] {3, 40, 400}) {
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < sentences; i++) {
        text.append("Phrase ").append(i).append(i % 7 == 0 ? " assez longue, avec une virgule et des mots" : "")
            .append(". ");
      }
      String s = text.toString();
      BreakIterator jdk = BreakIterator.getSentenceInstance(Locale.FRENCH);
      WindowedBreakIterator windowed = new WindowedBreakIterator(BreakIterator.getSentenceInstance(Locale.FRENCH));
      windowed.setText(s);
      Random random = new Random(20261126L + sentences);
      int offset = 0;
      for (int question = 0; question < 2_000; question++) {
        // Mostly small steps, as from one match to the next, sometimes a jump anywhere.
        offset = random.nextInt(10) == 0 ? random.nextInt(s.length() + 1)
            : Math.max(0, Math.min(s.length(), offset + random.nextInt(81) - 40));
        jdk.setText(s);
        if (random.nextBoolean()) {
          assertEquals(jdk.following(offset), windowed.following(offset), "following " + offset + " of " + s.length());
        } else {
          assertEquals(jdk.preceding(offset), windowed.preceding(offset), "preceding " + offset + " of " + s.length());
        }
      }
    }
  }
}
