package fr.trouvaille.cli;

import fr.trouvaille.search.Hit;
import fr.trouvaille.search.SearchResult;
import java.io.PrintWriter;
import java.util.regex.Pattern;

/** Writes a page of hits for a person at a terminal: title, month and id, then the snippet. */
final class HitList {

  private static final String BOLD = "\u001b[1m";
  private static final String PLAIN = "\u001b[0m";
  // Control characters of a document (an escape sequence, say) must not reach the terminal.
  private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

  private static final Pattern ENTITY = Pattern.compile("&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);");

  private final boolean bold;

  /** {@code bold}: matched words in bold (a terminal); otherwise plain text (a pipe, a file). */
  HitList(boolean bold) {
    this.bold = bold;
  }

  void print(SearchResult result, PrintWriter out) {
    out.println(heading(result));
    for (Hit hit : result.hits()) {
      out.println();
      out.println(text(hit.title()));
      out.println("  " + (hit.date() == null ? "" : hit.date() + " · ") + text(hit.id()));
      out.println("  " + snippet(hit.snippet()));
    }
  }

  private static String heading(SearchResult result) {
    if (result.total() == 0) {
      return "No document matches « " + result.query() + " »."
          + (result.didYouMean() == null ? "" : " Did you mean « " + result.didYouMean() + " »?");
    }
    String total = (result.totalExact() ? "" : "more than ") + result.total();
    String loosened = result.relaxed() == null ? "" : " (query loosened: " + result.relaxed() + ")";
    return total + (result.total() == 1 ? " document matches" : " documents match") + " « " + result.query() + " »"
        + loosened + "; the first " + result.hits().size() + ":";
  }

  /** The snippet is HTML (escaped text, matches in {@code <mark>}): back to text, matches in bold or not. */
  String snippet(String html) {
    // Marks become control characters while the text is unescaped (a "&lt;mark&gt;" of the document
    // must stay text), then bold or nothing; the document's own control characters are gone before.
    String marked = text(html).replace("<mark>", "\u0001").replace("</mark>", "\u0002");
    return unescape(marked).replace("\u0001", bold ? BOLD : "").replace("\u0002", bold ? PLAIN : "");
  }

  private static String text(String value) {
    return CONTROL.matcher(value.replace('\n', ' ')).replaceAll(" ");
  }

  // Lucene's escaping formatter writes named entities for & < > " and numeric ones for other signs.
  private static String unescape(String html) {
    return ENTITY.matcher(html).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(character(m.group(1))));
  }

  // A control character written as an entity is still one: a space, as in text().
  private static String character(String entity) {
    return switch (entity) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      default -> {
        int code = entity.startsWith("#x") || entity.startsWith("#X")
            ? Integer.parseInt(entity.substring(2), 16) : Integer.parseInt(entity.substring(1));
        yield Character.isValidCodePoint(code) && !Character.isISOControl(code) ? Character.toString(code) : " ";
      }
    };
  }
}
