package fr.trouvaille.corpus;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The title of a document whose author gave none, made from its file name:
 * {@code seance-2013-07-18-0930.txt} becomes {@code Séance 2013-07-18 0930}. Hyphens and underscores
 * become spaces except inside a date; a word is written as the text writes it ({@code seance} as
 * {@code séance}), when the text holds it. A collection's first sentences are often all alike
 * ("La séance est ouverte."); its file names are not.
 */
final class FileNameTitle {

  private static final Pattern SEPARATORS = Pattern.compile("[-_\\s]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  /** How much of the text is read for the words' written forms: the opening, where a name's words usually are. */
  private static final int READ = 100_000;
  /** Letters of the shortest part of a file name read as a word ({@code note}, not {@code a} or {@code f454a1}). */
  static final int WORD_LETTERS = 3;
  /**
   * The rank of a form in lower case, the best: the first one met is kept, so once each word has one
   * the rest of the text is not read (a debate's name, {@code seance-…}, meets {@code séance} in its
   * first line instead of reading 100,000 characters).
   */
  private static final int BEST = 2;

  private FileNameTitle() {}

  /**
   * The title for the document {@code id} (a path relative to the corpus) with {@code text}, or null
   * when the file name holds no word (a part of {@value #WORD_LETTERS} letters or more and nothing else).
   */
  static String of(String id, String text) {
    String name = id.substring(id.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    List<String> parts = new ArrayList<>(List.of(SEPARATORS.split(dot > 0 ? name.substring(0, dot) : name)));
    parts.removeIf(String::isEmpty);
    // Folded first: a name copied from a Mac writes its accents as marks after the letter (NFD).
    if (parts.stream().map(FileNameTitle::folded).noneMatch(part -> part.length() >= WORD_LETTERS && part.codePoints().allMatch(Character::isLetter))) {
      return null;
    }
    Map<String, String> written = writtenForms(text, parts);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      int date = dateLength(parts, i);
      if (date > 0) {
        words.add(String.join("-", parts.subList(i, i + date)));
        i += date - 1;
      } else {
        String form = written.get(folded(parts.get(i)));
        words.add(form == null || form.isEmpty() ? parts.get(i) : rank(form) == 0 ? form.toLowerCase(Locale.ROOT) : form);
      }
    }
    String title = String.join(" ", words);
    return title.substring(0, 1).toUpperCase(Locale.ROOT) + title.substring(1);
  }

  // 3 for YYYY MM DD, 2 for YYYY MM, else 0.
  private static int dateLength(List<String> parts, int i) {
    if (!parts.get(i).matches("\\d{4}") || i + 1 >= parts.size() || !parts.get(i + 1).matches("\\d{2}")) {
      return 0;
    }
    return i + 2 < parts.size() && parts.get(i + 2).matches("\\d{2}") ? 3 : 2;
  }

  // Lower case without accents: the file name's words are often written without them. Most words of
  // a French text are plain ASCII, which needs no decomposition (and this runs over each such word).
  private static String folded(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) >= 0x80) {
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
      }
    }
    return lower;
  }

  // How the text writes each of the name's words (folded), the best form met (see rank). Only words of
  // a wanted length are folded: folding keeps the length of a French word, and the text is long.
  private static Map<String, String> writtenForms(String text, List<String> parts) {
    Map<String, String> wanted = new HashMap<>();
    // Only a part made of letters once folded can be a word of the text (a run of letters): the
    // dates and numbers of a name ("2013", "0930") are not looked for, nor the words of their lengths.
    parts.stream().map(FileNameTitle::folded).filter(part -> part.codePoints().allMatch(Character::isLetter))
        .forEach(part -> wanted.put(part, "")); // "": not met yet
    // By length, as an array: this is asked of every word of the text.
    boolean[] lengths = new boolean[wanted.keySet().stream().mapToInt(String::length).max().orElse(0) + 1];
    wanted.keySet().forEach(word -> lengths[word.length()] = true);
    int end = Math.min(text.length(), READ);
    int settled = 0; // words whose form is of the best rank: no later form replaces it
    int start = -1; // of the run of letters being read
    for (int i = 0; i <= end && settled < wanted.size(); ) {
      int c = i < end ? text.codePointAt(i) : ' ';
      if (Character.isLetter(c)) { // a word is a run of letters (\\p{L}+)
        start = start < 0 ? i : start;
      } else if (start >= 0) {
        if (i - start < lengths.length && lengths[i - start]) {
          String found = text.substring(start, i);
          String folded = folded(found);
          String known = wanted.get(folded);
          if (known != null && (known.isEmpty() || rank(found) > rank(known))) {
            wanted.put(folded, found);
            settled += rank(found) == BEST ? 1 : 0;
          }
        }
        start = -1;
      }
      i = i < end ? Math.min(end, i + Character.charCount(c)) : end + 1;
    }
    return wanted;
  }

  // 2 (BEST): lower case, a common word (capitalised at a sentence's start only); 1: a capital then
  // lower case, a name where the text never writes it otherwise (Tokaïev); 0: capitals for emphasis,
  // shown in lower case (SYNTHÈSE).
  private static int rank(String word) {
    if (word.equals(word.toLowerCase(Locale.ROOT))) {
      return BEST;
    }
    String rest = word.substring(1);
    return Character.isUpperCase(word.charAt(0)) && rest.equals(rest.toLowerCase(Locale.ROOT)) ? 1 : 0;
  }
}
