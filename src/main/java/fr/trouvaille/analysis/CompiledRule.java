package fr.trouvaille.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;

/**
 * One synonym rule in Solr format with its entries analyzed beforehand: each entry becomes its words,
 * separated by spaces, with the characters the format gives a meaning escaped. The rule's structure
 * ({@code a, b} or {@code a => b}) is read as Lucene's {@code SolrSynonymParser} reads it: a backslash
 * escapes the next character, empty entries are dropped, entries are trimmed.
 */
final class CompiledRule {

  private static final String SPECIAL = "\\,=>#";

  private CompiledRule() {}

  /** {@code rule}, already checked well-formed, with its entries analyzed by {@code entries}. */
  static String of(String rule, Analyzer entries) {
    return split(rule, "=>").stream()
        .map(side -> split(side, ",").stream()
            .map(entry -> analyzed(unescape(entry).strip(), entries))
            .collect(Collectors.joining(", ")))
        .collect(Collectors.joining(" => "));
  }

  private static String analyzed(String entry, Analyzer entries) {
    return Words.of(entries, entry).stream().map(word -> escape(word.text())).collect(Collectors.joining(" "));
  }

  // As SolrSynonymParser.split: separators outside escapes, empty pieces dropped.
  static List<String> split(String text, String separator) {
    List<String> pieces = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    int pos = 0;
    while (pos < text.length()) {
      if (text.startsWith(separator, pos)) {
        if (piece.length() > 0) {
          pieces.add(piece.toString());
          piece.setLength(0);
        }
        pos += separator.length();
        continue;
      }
      char ch = text.charAt(pos++);
      if (ch == '\\' && pos < text.length()) {
        piece.append(ch);
        ch = text.charAt(pos++);
      }
      piece.append(ch);
    }
    if (piece.length() > 0) {
      pieces.add(piece.toString());
    }
    return pieces;
  }

  private static String unescape(String text) {
    StringBuilder plain = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\\' && i + 1 < text.length()) {
        ch = text.charAt(++i);
      }
      plain.append(ch);
    }
    return plain.toString();
  }

  private static String escape(String word) {
    StringBuilder escaped = new StringBuilder(word.length());
    for (char ch : word.toCharArray()) {
      if (SPECIAL.indexOf(ch) >= 0) {
        escaped.append('\\');
      }
      escaped.append(ch);
    }
    return escaped.toString();
  }
}
