package fr.trouvaille.analysis;

import org.apache.lucene.analysis.CharArraySet;

/**
 * The words met so far in one text, so that each distinct word gets its {@link WordForms} key once:
 * a word is looked up by its characters, as a token holds them, so a word met again costs no string.
 */
final class DistinctKeys {

  /** Distinct words of a short text, which a set of this size holds without growing. */
  private static final int SMALL = 256;

  private CharArraySet seen = new CharArraySet(SMALL, false);

  /** The key of the word {@code buffer[offset..offset+length)} when it is met for the first time, else null. */
  String keyIfNew(char[] buffer, int offset, int length) {
    if (length == 0 || seen.contains(buffer, offset, length)) {
      return null;
    }
    String word = new String(buffer, offset, length);
    seen.add(word);
    return WordForms.key(word);
  }

  /** Forgets the words met: the next text starts from nothing. */
  void restart() {
    // Clearing costs the set's capacity, which keeps the size of the longest text met: a set that
    // grew is replaced (a novel's words made each short text after it clear 64,000 slots).
    if (seen.size() > SMALL) {
      seen = new CharArraySet(SMALL, false);
    } else {
      seen.clear();
    }
  }
}
