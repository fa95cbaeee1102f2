package fr.trouvaille.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;

/**
 * A break iterator that asks the one it wraps only about a window of the text around each offset.
 *
 * <p>The JDK's rule-based iterators answer {@code following} and {@code preceding} by walking on
 * from the last break they found: a highlighter asking about matches spread over a 3 MB novel makes
 * them segment the whole text, up to the last match, for every hit. On the novels that was a third
 * of a search. Here each question sees a few kilobytes; the window widens when no break falls in it,
 * and the breaks found in the last window answer the next questions about offsets inside it (on
 * a short text, one walk answers them all).
 */
final class WindowedBreakIterator extends BreakIterator {

  /** Characters on each side of the offset: sentences longer than this widen the window. */
  static final int WINDOW = 1024;

  private BreakIterator base;
  private String text = "";
  private int current;
  // The breaks found by the last walk, over text[walkedFrom, walkedTo].
  private int[] breaks = new int[64];
  private int breakCount;
  private int walkedFrom;
  private int walkedTo;

  WindowedBreakIterator(BreakIterator base) {
    this.base = base;
  }

  @Override
  public void setText(String newText) {
    text = newText;
    current = 0;
    breakCount = 0;
  }

  @Override
  public void setText(CharacterIterator newText) {
    StringBuilder chars = new StringBuilder(newText.getEndIndex());
    // Offsets are the iterator's own: characters before its begin index stay as blanks.
    chars.append(" ".repeat(newText.getBeginIndex()));
    for (char c = newText.first(); c != CharacterIterator.DONE; c = newText.next()) {
      chars.append(c);
    }
    setText(chars.toString());
  }

  @Override
  public CharacterIterator getText() {
    return new StringCharacterIterator(text, 0, text.length(), current);
  }

  @Override
  public int following(int offset) {
    for (int window = WINDOW; !answersFollowing(offset); window *= 4) {
      walk(Math.max(0, offset - window), Math.min(text.length(), offset + window));
    }
    return moveTo(after(offset));
  }

  @Override
  public int preceding(int offset) {
    for (int window = WINDOW; !answersPreceding(offset); window *= 4) {
      walk(Math.max(0, offset - window), Math.min(text.length(), offset + window));
    }
    return moveTo(offset <= 0 ? DONE : before(offset));
  }

  // The last window's breaks answer when the walk had settled on the sentences before the offset
  // (a break between the window's start and the offset, or the text's start) and, for
  // {@code following}, found a break after it short of the window's end (which counts only where
  // it is the text's end). A highlighter asks many times about a few nearby offsets: most questions
  // are answered here without walking again.
  private boolean answersFollowing(int offset) {
    if (breakCount == 0 || offset < walkedFrom || offset > walkedTo || !settledBefore(offset)) {
      return false;
    }
    int next = after(offset);
    return walkedTo == text.length() || (next != DONE && next < walkedTo);
  }

  private boolean answersPreceding(int offset) {
    return breakCount > 0 && offset >= walkedFrom && offset <= walkedTo
        && (walkedFrom == 0 || before(offset) > walkedFrom);
  }

  private boolean settledBefore(int offset) {
    return walkedFrom == 0 || (breakCount > 1 && breaks[1] <= offset);
  }

  /** The first break of the last walk after {@code offset}, or DONE. */
  private int after(int offset) {
    int i = Arrays.binarySearch(breaks, 0, breakCount, offset + 1);
    int index = i >= 0 ? i : -i - 1;
    return index < breakCount ? breaks[index] : DONE;
  }

  /** The last break of the last walk before {@code offset} (the window's start at least). */
  private int before(int offset) {
    int i = Arrays.binarySearch(breaks, 0, breakCount, offset);
    int index = (i >= 0 ? i : -i - 1) - 1;
    return index >= 0 ? breaks[index] : walkedFrom;
  }

  // Forward only, from the window's start: the JDK iterator's backward rules place some breaks
  // differently (before ". –– Ici ?"), its forward ones settle on the same breaks within a sentence.
  // Every break of the window is kept (the window's start first, its end last).
  private void walk(int from, int to) {
    base.setText(new StringCharacterIterator(text, from, to, from));
    breakCount = 0;
    for (int b = base.first(); b != DONE; b = base.next()) {
      if (breakCount == breaks.length) {
        breaks = Arrays.copyOf(breaks, breakCount * 2);
      }
      breaks[breakCount++] = b;
    }
    walkedFrom = from;
    walkedTo = to;
  }

  private int moveTo(int boundary) {
    if (boundary != DONE) {
      current = boundary;
    }
    return boundary;
  }

  @Override
  public int first() {
    return current = 0;
  }

  @Override
  public int last() {
    return current = text.length();
  }

  @Override
  public int next(int n) {
    int result = current;
    for (int i = 0; i < n && result != DONE; i++) {
      result = next();
    }
    for (int i = 0; i > n && result != DONE; i--) {
      result = previous();
    }
    return result;
  }

  @Override
  public int next() {
    return current >= text.length() ? DONE : following(current);
  }

  @Override
  public int previous() {
    return current <= 0 ? DONE : preceding(current);
  }

  @Override
  public int current() {
    return current;
  }

  @Override
  public Object clone() {
    WindowedBreakIterator copy = (WindowedBreakIterator) super.clone();
    copy.base = (BreakIterator) base.clone();
    copy.breaks = breaks.clone();
    return copy;
  }
}
