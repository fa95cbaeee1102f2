package fr.trouvaille.corpus;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tidies what a parser extracted: the text's blank lines and spaces, a title, a date. */
final class ExtractedText {

  private static final Pattern TRAILING_BLANKS = Pattern.compile("[ \\t\\u00A0]+\\n");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
  private static final Pattern MONTH = Pattern.compile("\\A\\s*(\\d{4})-(\\d{2})");
  private static final Pattern BLANKS = Pattern.compile("\\s+");

  private ExtractedText() {}

  /**
   * The text in the form the plain-text files have: NFC, {@code \n} line ends, paragraphs (blocks
   * of the HTML, {@code <p>} of the PDF) separated by one blank line, no blank at either end. The
   * breaks are what snippets and the reading view cut at.
   */
  static String clean(String raw) {
    String text = Normalizer.normalize(raw.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
    text = TRAILING_BLANKS.matcher(text.replace('\f', '\n')).replaceAll("\n");
    return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
  }

  /** A title from a file's properties, on one line; null when it has none. */
  static String title(String raw) {
    if (raw == null) {
      return null;
    }
    String title = BLANKS.matcher(Normalizer.normalize(raw, Normalizer.Form.NFC)).replaceAll(" ").strip();
    return title.isEmpty() ? null : title;
  }

  /** The month a date starts with ({@code 2022-03-14T10:00:00Z} gives 2022-03), or null. */
  static YearMonth month(String raw) {
    if (raw == null) {
      return null;
    }
    Matcher m = MONTH.matcher(raw);
    if (!m.find()) {
      return null;
    }
    try {
      return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** A parser's message on one line, at most 200 characters: it goes into the reindex summary. */
  static String oneLine(String message) {
    String line = message == null ? "" : BLANKS.matcher(message).replaceAll(" ").strip();
    return line.length() <= 200 ? line : line.substring(0, 200) + "…";
  }
}
