package fr.trouvaille.search;

import fr.trouvaille.analysis.FrenchAnalysis;
import fr.trouvaille.analysis.Words;
import fr.trouvaille.search.QueryReading.Kind;
import fr.trouvaille.search.QueryReading.Part;
import fr.trouvaille.search.QueryReading.Use;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;

/**
 * Reads what a user typed into parts ({@link QueryReading}): words, {@code "phrases"},
 * {@code prefix*} and {@code -exclusions}, split as the query parser splits them; parentheses
 * without alternatives group nothing and are dropped; a lone quote is text.
 */
final class QueryReader {

  // Alternatives, escapes and explicit AND change what "every word" means: such a query runs as typed.
  private static final String AS_TYPED = "|\\+";
  // Characters the query parser reads as operators: a corpus word holding one is not offered for a prefix.
  private static final String OPERATORS = "\"|+-()*~\\ ";
  private static final Analyzer WORDS = FrenchAnalysis.wordsAnalyzer();
  // An inverted verb: the verb, then its subject pronoun ("peut-on", "existe-t-il", "est-ce"), any case.
  private static final Pattern INVERTED = Pattern.compile(
      "(.+?)[-\u2010\u2011](?:t[-\u2010\u2011])?(?:je|tu|il|elle|on|nous|vous|ils|elles|ce)\\p{P}*",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private QueryReader() {}

  /**
   * Reads {@code prepared} (the text as the parser gets it: NFC, multi-word synonyms quoted).
   *
   * @param analyzer the query analyzer: a part of which it keeps nothing is made of stopwords
   * @param known whether some document holds a word in any form
   * @param forms the words of the corpus as written (lower case) that begin with a prefix, the most
   *     frequent first, at most {@link SearchRules#MAX_PREFIX_FORMS}
   */
  static QueryReading read(String prepared, Analyzer analyzer, Predicate<String> known,
      Function<String, List<String>> forms) {
    if (asTyped(prepared)) {
      return QueryReading.asTyped();
    }
    List<Part> parts = new ArrayList<>();
    for (Part part : split(prepared)) {
      Part read = read(part, analyzer, known);
      parts.add(part.kind() == Kind.PREFIX ? withForms(read, forms) : read);
    }
    return new QueryReading(framing(parts), false);
  }

  /**
   * What the search does with one part. A word the index does not know as typed may be known as
   * read otherwise ({@link #otherwise}): an inverted verb without its subject pronoun
   * ({@code contient-il} as {@code contient}; {@code est-il} is then grammar, never reported as an
   * unknown word), a hyphenated word as its parts, every one required ({@code non-libres} as
   * {@code non libres}), where the query analysis would have joined them as it joins
   * {@code Nur-Sultan}.
   */
  private static Part read(Part part, Analyzer analyzer, Predicate<String> known) {
    if (Words.of(analyzer, part.typed()).isEmpty()) {
      return part.as(Use.STOPWORD);
    }
    if (part.kind() != Kind.WORD || known.test(part.typed())) {
      return part.as(Use.KEPT);
    }
    String otherwise = otherwise(part.typed());
    if (otherwise == null) {
      return part.as(Use.UNKNOWN);
    }
    if (Words.of(analyzer, otherwise).isEmpty()) {
      return part.as(Use.STOPWORD);
    }
    return known.test(otherwise) ? new Part(part.typed(), otherwise, Kind.WORD, Use.KEPT) : part.as(Use.UNKNOWN);
  }

  /**
   * A word read otherwise when unknown as typed: an inverted verb without its subject pronoun, a
   * hyphen between two letters as a space; null when neither applies.
   */
  private static String otherwise(String word) {
    Matcher inverted = INVERTED.matcher(word);
    String read = (inverted.matches() ? inverted.group(1) : word).replaceAll(FrenchAnalysis.HYPHEN_BETWEEN_LETTERS, " ");
    return read.equals(word) ? null : read;
  }

  /**
   * A prefix is matched against the words as written, not their stems ({@code commiss*} would miss
   * {@code commission}, stemmed {@code comision}... once folded and stemmed): it is searched as the
   * words of the corpus that begin with it, each analyzed as a word is, so they are marked whole.
   * A prefix no word begins with stays as typed.
   */
  private static Part withForms(Part prefix, Function<String, List<String>> forms) {
    List<Words.Word> start = Words.of(WORDS, prefix.typed().substring(0, prefix.typed().length() - 1));
    List<String> words = start.size() != 1 ? List.of() : forms.apply(start.get(0).text()).stream()
        .filter(word -> word.chars().noneMatch(c -> OPERATORS.indexOf(c) >= 0))
        .sorted()
        .toList();
    return words.isEmpty() ? prefix
        : new Part(prefix.typed(), "(" + String.join("|", words) + ")", prefix.kind(), prefix.use());
  }

  // Framing and function words weigh nothing as long as some other word is searched.
  private static List<Part> framing(List<Part> parts) {
    Predicate<Part> frames = p -> p.kind() == Kind.WORD && p.use() != Use.STOPWORD && frames(p.typed());
    if (parts.stream().noneMatch(p -> p.searched() && !frames.test(p))) {
      return parts;
    }
    return parts.stream().map(p -> frames.test(p) ? p.as(Use.FRAMING) : p).toList();
  }

  /**
   * Whether a word only frames a question or only carries its grammar: an interrogative
   * ({@link SearchRules#FRAMING_WORDS}), a function word ({@link SearchRules#FUNCTION_WORDS}) or an
   * inverted verb ({@code peut-elle}, {@code existe-t-il}) of {@link SearchRules#FRAMING_VERBS}.
   */
  static boolean frames(String typed) {
    Matcher inverted = INVERTED.matcher(typed);
    String word = folded(typed);
    return SearchRules.FRAMING_WORDS.contains(word) || SearchRules.FUNCTION_WORDS.contains(word)
        || inverted.matches() && SearchRules.FRAMING_VERBS.contains(folded(inverted.group(1)));
  }

  // Lower case, without accents or the punctuation around it ("Qu’est-ce" -> "qu'est-ce").
  static String folded(String word) {
    String plain = Normalizer.normalize(word.replace('’', '\'').toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "");
    return plain.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
  }

  /**
   * The plain words of {@code prepared} (not phrases, prefixes or exclusions), each also as read
   * otherwise when it is an inverted verb or hyphenated: those {@link #read} asks about.
   */
  static List<String> words(String prepared) {
    return asTyped(prepared) ? List.of()
        : split(prepared).stream().filter(p -> p.kind() == Kind.WORD)
            .flatMap(p -> Stream.concat(Stream.of(p.typed()), Stream.ofNullable(otherwise(p.typed()))))
            .toList();
  }

  private static boolean asTyped(String prepared) {
    return prepared.chars().anyMatch(c -> AS_TYPED.indexOf(c) >= 0);
  }

  // Parentheses without alternatives group nothing: they are read as spaces.
  private static List<Part> split(String prepared) {
    String text = prepared.replace('(', ' ').replace(')', ' ');
    List<Part> parts = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      boolean excluded = c == '-' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
      int start = excluded ? i + 1 : i;
      int close = text.charAt(start) == '"' ? text.indexOf('"', start + 1) : -1;
      if (text.charAt(start) == '"' && close < 0) {
        i = start + 1; // a lone quote is text, as the parser reads it
        continue;
      }
      int end;
      Kind kind;
      if (close > start) {
        end = close + 1;
        while (end < text.length() && (text.charAt(end) == '~' || Character.isDigit(text.charAt(end)))) {
          end++;
        }
        kind = Kind.PHRASE;
      } else {
        end = start;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))
            && (text.charAt(end) != '"' || end == start)) {
          end++;
        }
        kind = text.charAt(end - 1) == '*' ? Kind.PREFIX : Kind.WORD;
      }
      String typed = text.substring(start, end);
      if (!typed.isBlank() && !typed.equals("-") && !typed.equals("\"")) {
        parts.add(new Part(typed, excluded ? Kind.EXCLUDED : kind, Use.KEPT));
      }
      i = end;
    }
    return parts;
  }
}
