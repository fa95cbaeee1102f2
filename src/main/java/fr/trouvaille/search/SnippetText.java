package fr.trouvaille.search;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A snippet as both backends show it: its highlighted passages, best first, each held to about
 * {@link SearchRules#PASSAGE_LENGTH} characters, joined by an ellipsis, on one line.
 *
 * <p>Passages are cut at sentence ends, but some texts have none for pages (man pages, legal lists,
 * text extracted from a PDF): a passage past three times its length is then cut again, at spaces, to the
 * window of its length that holds the most matches.
 */
public final class SnippetText {

  static final String SEPARATOR = " … ";
  private static final String OPEN = "<mark>";
  private static final String CLOSE = "</mark>";
  // Two sentences of a passage may run past its length; past three lengths, a passage has no sentence end to cut at.
  private static final int LONGEST = 3 * SearchRules.PASSAGE_LENGTH;

  private SnippetText() {}

  /** A passage as shown, and whether text was cut off before or after it. */
  private record Held(String text, boolean cutBefore, boolean cutAfter) {}

  /** The snippet of {@code passages}: escaped HTML with {@code <mark>}s, as the highlighters give them. */
  public static String of(List<String> passages) {
    List<Held> held = passages.stream().map(SnippetText::hold).toList();
    if (held.isEmpty()) {
      return "";
    }
    // One ellipsis between passages says the gap; a cut passage adds one only at the snippet's ends.
    String joined = held.stream().map(Held::text).collect(Collectors.joining(SEPARATOR));
    return OneLine.of((held.get(0).cutBefore() ? "… " : "") + joined + (held.get(held.size() - 1).cutAfter() ? " …" : ""));
  }

  /** One passage as {@link #of} shows it alone. */
  static String held(String passage) {
    return of(List.of(passage));
  }

  /**
   * {@code passage} itself when it is short enough, else the window of about a passage's length that
   * holds the most marks (the first such), widened to whole words and whole marks. Cuts fall on
   * spaces only, never inside a mark, a tag or an HTML entity (none of which holds a space).
   */
  private static Held hold(String passage) {
    if (passage.length() <= LONGEST) {
      return new Held(passage, false, false);
    }
    int lead = Math.round(SearchRules.PASSAGE_LENGTH * SearchRules.MATCH_ALIGNMENT);
    int bestStart = 0;
    int bestMarks = -1;
    for (int mark = passage.indexOf(OPEN); mark >= 0; mark = passage.indexOf(OPEN, mark + 1)) {
      int start = Math.max(0, mark - lead);
      int marks = count(passage, start, start + SearchRules.PASSAGE_LENGTH);
      if (marks > bestMarks) {
        bestMarks = marks;
        bestStart = start;
      }
    }
    int start = bestStart == 0 ? 0 : afterSpace(passage, bestStart);
    int end = wordEnd(passage, Math.min(passage.length(), start + SearchRules.PASSAGE_LENGTH));
    return new Held(passage.substring(start, end).strip(), start > 0, end < passage.length());
  }

  // Marks that open in [from, to).
  private static int count(String passage, int from, int to) {
    int marks = 0;
    for (int at = passage.indexOf(OPEN, from); at >= 0 && at < to; at = passage.indexOf(OPEN, at + 1)) {
      marks++;
    }
    return marks;
  }

  // The start of the word after a space at or past `at`, not beyond the mark that follows.
  private static int afterSpace(String passage, int at) {
    int mark = passage.indexOf(OPEN, at);
    int space = passage.indexOf(' ', at);
    return space < 0 || (mark >= 0 && space > mark) ? (mark >= 0 ? mark : at) : space + 1;
  }

  // The next space at or past `at` outside a mark (or the end): a mark is never cut in two.
  private static int wordEnd(String passage, int at) {
    int open = passage.lastIndexOf(OPEN, at);
    if (open >= 0 && passage.lastIndexOf(CLOSE, at) < open) {
      int close = passage.indexOf(CLOSE, open);
      at = close < 0 ? passage.length() : close + CLOSE.length();
    }
    int space = passage.indexOf(' ', at);
    return space < 0 ? passage.length() : space;
  }
}
