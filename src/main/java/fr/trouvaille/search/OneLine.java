package fr.trouvaille.search;

/** Makes a snippet read as one line: each run of blanks (paragraph breaks too) becomes one space. */
public final class OneLine {

  private OneLine() {}

  /** {@code text} with runs of ASCII whitespace (regex {@code \s}) collapsed to a space, and no blank at either end. */
  public static String of(String text) {
    StringBuilder line = new StringBuilder(text.length());
    boolean blank = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || (c >= '\t' && c <= '\r')) {
        blank = true;
      } else {
        if (blank && line.length() > 0) {
          line.append(' ');
        }
        blank = false;
        line.append(c);
      }
    }
    return line.toString();
  }
}
