package fr.trouvaille.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the word being typed at the end of a search box's text. */
final class Completion {

  // The letters (and digits) at the very end, after any elision: "l’ukr" is completing "ukr".
  private static final Pattern LAST_WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+$");

  private Completion() {}

  /** The last word of {@code text}, or "" when it ends with a space or punctuation. */
  static String lastWord(String text) {
    Matcher m = LAST_WORD.matcher(text);
    return m.find() ? m.group() : "";
  }
}
