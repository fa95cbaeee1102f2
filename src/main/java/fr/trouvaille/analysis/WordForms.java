package fr.trouvaille.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.CharacterUtils;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The words of a text as written (case and accents kept), each keyed by its folded form
 * ({@code melenchon|Mélenchon}): completion seeks the folded prefix, as search folds, and offers of
 * each folded word the form the most documents use. Both backends index the same keys, made here.
 */
public final class WordForms {

  /**
   * Between the folded word and the word as written in a key: no word holds it, and it is not white
   * space (Java counts the control separators U+001C..U+001F as white space).
   */
  public static final char SEPARATOR = '|';

  private static final Analyzer SURFACE = FrenchAnalysis.formsAnalyzer();

  /** A key and the number of documents holding it. */
  public record Counted(String key, long documents) {}

  private WordForms() {}

  /** The distinct keys of {@code texts}' words, separated by spaces (the field splits on whitespace). */
  public static String keys(String... texts) {
    return String.join(" ", keyList(texts));
  }

  /** The keys of the distinct words of {@code texts}, in the order the words first come. */
  public static List<String> keyList(String... texts) {
    DistinctKeys distinct = new DistinctKeys();
    List<String> keys = new ArrayList<>();
    for (String text : texts) {
      try (TokenStream stream = SURFACE.tokenStream("", text)) {
        CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
        stream.reset();
        while (stream.incrementToken()) {
          String key = distinct.keyIfNew(term.buffer(), 0, term.length());
          if (key != null) {
            keys.add(key);
          }
        }
        stream.end();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // analysis of a String does not fail
      }
    }
    return keys;
  }

  /** The key of a word as written: its folded form, the separator, the word. */
  public static String key(String word) {
    return folded(word) + SEPARATOR + word;
  }

  /** A word in lower case as the words field of SolrCloud holds it. */
  private static String lower(String word) {
    char[] chars = word.toCharArray();
    // The lower-case filter's own rule (code point by code point), not String.toLowerCase's.
    CharacterUtils.toLowerCase(chars, 0, chars.length);
    return new String(chars);
  }

  /** The beginning of every key of {@code word}'s written forms. */
  public static String keyPrefix(String word) {
    return folded(word) + SEPARATOR;
  }

  /**
   * How the documents most often write {@code word} (in lower case, as SolrCloud's words field and so
   * its spelling correction give it), among {@code keys} (those beginning with its {@link #keyPrefix}):
   * {@code Kazakhstan} for {@code kazakhstan}, so a correction reads as the text does. Ties go to the
   * first form in alphabetical order; {@code word} itself when no key writes it.
   */
  public static String written(String word, List<Counted> keys) {
    String best = word;
    long most = 0;
    for (Counted candidate : keys) {
      int separator = candidate.key().indexOf(SEPARATOR);
      String form = candidate.key().substring(separator + 1);
      if (separator < 0 || !lower(form).equals(word)) {
        continue;
      }
      if (candidate.documents() > most || (candidate.documents() == most && form.compareTo(best) < 0)) {
        best = form;
        most = candidate.documents();
      }
    }
    return best;
  }

  /** Lower case and folded as the search analysis folds ({@code État} → {@code etat}, {@code œuvre} → {@code oeuvre}). */
  public static String folded(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    for (int i = 0; i < lower.length(); i++) {
      if (lower.charAt(i) >= 0x80) { // most French words are plain ASCII: nothing to fold
        char[] chars = lower.toCharArray();
        char[] out = new char[chars.length * 4];
        int length = ASCIIFoldingFilter.foldToASCII(chars, 0, out, 0, chars.length);
        return new String(out, 0, length);
      }
    }
    return lower;
  }

  /**
   * The forms to offer among {@code candidates} (keys beginning with a folded prefix): one per folded
   * word, the form the most documents use, the words the most documents use first (ties by word).
   */
  public static List<String> best(List<Counted> candidates, int max) {
    Map<String, Counted> top = new LinkedHashMap<>();
    Map<String, Long> total = new LinkedHashMap<>();
    for (Counted candidate : candidates) {
      int separator = candidate.key().indexOf(SEPARATOR);
      if (separator < 0) {
        continue;
      }
      String folded = candidate.key().substring(0, separator);
      total.merge(folded, candidate.documents(), Long::sum);
      top.merge(folded, candidate, (a, b) -> b.documents() > a.documents() ? b : a);
    }
    List<String> words = new ArrayList<>(total.keySet());
    words.sort(Comparator.comparing((String w) -> -total.get(w)).thenComparing(Comparator.naturalOrder()));
    return words.stream().limit(max)
        .map(w -> top.get(w).key().substring(top.get(w).key().indexOf(SEPARATOR) + 1))
        .toList();
  }
}
