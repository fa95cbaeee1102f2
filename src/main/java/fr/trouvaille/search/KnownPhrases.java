package fr.trouvaille.search;

import fr.trouvaille.analysis.FrenchAnalysis;
import fr.trouvaille.analysis.Words;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;

/**
 * Puts quotes around the multi-word synonym entries of a query ({@code Nur Sultan} becomes
 * {@code "Nur Sultan"}). The query parser splits on spaces before analysis, so the synonym filter
 * would otherwise see {@code Nur} and {@code Sultan} apart and never match the entry.
 */
final class KnownPhrases {

  private static final String OPERATORS = "\"|+-()*~\\";

  private final Analyzer entries = FrenchAnalysis.synonymEntryAnalyzer();

  String quote(String query, Set<List<String>> phrases) {
    if (phrases.isEmpty()) {
      return query;
    }
    int longest = phrases.stream().mapToInt(List::size).max().orElse(0);
    List<Words.Word> words = Words.of(entries, query);
    StringBuilder quoted = new StringBuilder();
    int copied = 0;
    for (int i = 0; i < words.size(); i++) {
      for (int n = Math.min(longest, words.size() - i); n > 1; n--) {
        int start = words.get(i).start();
        int end = words.get(i + n - 1).end();
        if (phrases.contains(texts(words.subList(i, i + n))) && plain(query, start, end)) {
          quoted.append(query, copied, start).append('"').append(query, start, end).append('"');
          copied = end;
          i += n - 1;
          break;
        }
      }
    }
    return quoted.append(query.substring(copied)).toString();
  }

  private static List<String> texts(List<Words.Word> words) {
    return words.stream().map(Words.Word::text).toList();
  }

  // Only plain words, outside any quotes the user typed: operators keep the meaning they were given.
  private static boolean plain(String query, int start, int end) {
    if (query.chars().limit(start).filter(c -> c == '"').count() % 2 != 0
        || (start > 0 && OPERATORS.indexOf(query.charAt(start - 1)) >= 0)) {
      return false;
    }
    for (int c = start; c < end; c++) {
      char ch = query.charAt(c);
      if (OPERATORS.indexOf(ch) >= 0 && !(ch == '-' && Character.isLetter(query.charAt(c - 1)))) {
        return false;
      }
    }
    return end == query.length() || (query.charAt(end) != '*' && query.charAt(end) != '~');
  }
}
