package fr.trouvaille.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * A break iterator that asks the one it wraps only about a window of the text around each offset.
 *
 * <p>The JDK's rule-based iterators answer {@code following} and {@code preceding} by walking on
 * from the last break they found: a highlighter asking about matches spread over a 3 MB novel makes
 * them segment the whole text, up to the last match, for every hit. On the novels that was a third
 * of a search. Here each question sees a few kilobytes; the window widens when no break falls in it.
 */
final class WindowedBreakIterator extends BreakIterator {

  /** Characters on each side of the offset: sentences longer than this widen the window. */
  static final int WINDOW = 1024;

  private BreakIterator base;
  private String text = "";
  private int current;

  WindowedBreakIterator(BreakIterator base) {
    this.base = base;
  }

  @Override
  public void setText(String newText) {
    text = newText;
    current = 0;
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
    for (int window = WINDOW; ; window *= 4) {
      int from = Math.max(0, offset - window);
      int to = Math.min(text.length(), offset + window);
      int found = walk(from, to).first();
      while (found != DONE && found <= offset) {
        found = base.next();
      }
      // The window's end counts as a break only where it is the text's end.
      if (to == text.length() || (found != DONE && found < to)) {
        return moveTo(found);
      }
    }
  }

  @Override
  public int preceding(int offset) {
    for (int window = WINDOW; ; window *= 4) {
      int from = Math.max(0, offset - window);
      int to = Math.min(text.length(), offset + window);
      int last = walk(from, to).first();
      for (int next = base.next(); next != DONE && next < offset; next = base.next()) {
        last = next;
      }
      // The window's start counts as a break only where it is the text's start.
      if (from == 0 || last > from) {
        return moveTo(offset <= 0 ? DONE : last);
      }
    }
  }

  // Forward only, from the window's start: the JDK iterator's backward rules place some breaks
  // differently (before ". –– Ici ?"), its forward ones settle on the same breaks within a sentence.
  private BreakIterator walk(int from, int to) {
    base.setText(new StringCharacterIterator(text, from, to, from));
    return base;
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
    return copy;
  }
}
