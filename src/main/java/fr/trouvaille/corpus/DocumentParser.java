package fr.trouvaille.corpus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of one corpus file into a {@link SourceDocument}, or says why it cannot.
 *
 * <p>HTML, PDF, Word, OpenDocument, RTF and EPUB files have their text extracted first (see
 * {@link TikaExtractor}); their own title and date, when they have them, come before the rules below.
 *
 * <p>Format of {@code .txt} and {@code .md}: UTF-8 text. Leading header lines are optional: {@code  date YYYY-MM} (the text may go
 * on after the month on the same line, as in the project's first article) and {@code  title Some
 * title} (the rest of the line). Without a title header the title is the first Markdown heading, else
 * one made from the file name when it holds a word ({@link FileNameTitle}), else the first sentence,
 * shortened.
 */
public final class DocumentParser {

  /** Titles longer than this are cut at a word boundary. */
  static final int MAX_TITLE_LENGTH = 120;

  private static final Pattern DATE_HEADER =
      Pattern.compile("\\A[ \\t]*date[ \\t]+(\\d{4})-(\\d{2})(?:-\\d{2})?(?=\\s|\\z)[ \\t]*");
  private static final Pattern FIRST_SENTENCE = Pattern.compile("\\A[^\\n]*?[.!?…](?=\\s|\\z)|\\A[^\\n]+");
  private static final Pattern TITLE_HEADER = Pattern.compile("\\A[ \\t]*title[ \\t]+(\\S[^\\n]*)");
  // A sentence ends at . ! ? or … followed by a space or the end; a line break ends it too.

  private final ExtractionLimits limits;
  // Made for the first file that needs it: a corpus of text files never loads Tika (a second of start-up).
  private TikaExtractor extractor;

  public DocumentParser() {
    this(ExtractionLimits.DEFAULTS);
  }

  /** A parser that abandons an extraction past {@code limits}. */
  public DocumentParser(ExtractionLimits limits) {
    this.limits = limits;
  }

  /** Parses one file's content; {@code id}, the path in the corpus, also gives the file's format. */
  public ParseResult parse(String id, byte[] bytes) {
    if (bytes.length == 0) {
      return new ParseResult.Rejected(SkipReason.EMPTY, "0 bytes");
    }
    DocumentFormat format = DocumentFormat.of(id).orElse(DocumentFormat.TXT);
    if (format.extracted()) {
      return extract(id, format, bytes);
    }
    int nul = indexOfNul(bytes);
    if (nul >= 0) {
      return new ParseResult.Rejected(SkipReason.BINARY, "NUL byte at offset " + nul);
    }
    String content;
    try {
      content = decodeStrictUtf8(bytes);
    } catch (CharacterCodingException e) {
      return new ParseResult.Rejected(SkipReason.INVALID_UTF8, describe(e, bytes));
    }
    // One form for every accented letter: a decomposed "é" (e + U+0301) would not fold or match.
    content = Normalizer.normalize(content.replace("\r\n", "\n").replace('\r', '\n'), Normalizer.Form.NFC);
    if (content.startsWith("\uFEFF")) {
      content = content.substring(1);
    }
    return parseText(id, content);
  }

  private ParseResult extract(String id, DocumentFormat format, byte[] bytes) {
    try {
      FileText extracted = extractor().extract(id.substring(id.lastIndexOf('/') + 1), format, bytes);
      return parseText(id, extracted.text(), extracted.title(), extracted.date());
    } catch (NotExtracted e) {
      return new ParseResult.Rejected(e.reason(), e.detail());
    }
  }

  private synchronized TikaExtractor extractor() {
    if (extractor == null) {
      extractor = new TikaExtractor(limits);
    }
    return extractor;
  }

  private ParseResult parseText(String id, String content) {
    return parseText(id, content, null, null);
  }

  /**
   * The document of {@code content}. The file's own title and date ({@code fileTitle},
   * {@code fileDate}, null when it has none) come first; then the headers; then the text's rules.
   */
  private ParseResult parseText(String id, String content, String fileTitle, YearMonth fileDate) {
    YearMonth date = fileDate;
    String title = fileTitle;
    String rest = content;
    while (true) {
      Matcher d = DATE_HEADER.matcher(rest);
      if (date == null && d.lookingAt() && (date = yearMonth(d.group(1), d.group(2))) != null) {
        rest = rest.substring(d.end());
        if (!rest.isEmpty() && rest.charAt(0) != '\n') {
          break; // the text goes on after the date, on the same line: no more headers
        }
        rest = rest.isEmpty() ? rest : rest.substring(1);
        continue;
      }
      Matcher t = TITLE_HEADER.matcher(rest);
      if (title == null && t.lookingAt()) {
        title = t.group(1).strip();
        rest = rest.substring(t.end());
        rest = rest.startsWith("\n") ? rest.substring(1) : rest;
        continue;
      }
      break;
    }
    String text = rest.strip();
    if (text.isEmpty()) {
      return new ParseResult.Rejected(SkipReason.EMPTY, "no text after the headers");
    }
    boolean given = title != null && !title.isEmpty();
    if (!given) {
      String heading = heading(text);
      given = heading != null;
      // A first sentence is often the same for a whole collection (the text keeps it); a file name
      // with words in it is not. A name without words ("000_f454a1a4.txt") says less than the text.
      // The name is read only without a heading: it reads the opening of the text for its words'
      // written forms (about 8 % of a reindex's CPU on the legal codes, whose articles all have one).
      String named = given ? null : FileNameTitle.of(id, text);
      title = given ? heading : named != null ? named : firstSentence(text);
    }
    return new ParseResult.Parsed(new SourceDocument(id, shorten(title), date, text, given));
  }

  private static YearMonth yearMonth(String year, String month) {
    try {
      return YearMonth.of(Integer.parseInt(year), Integer.parseInt(month));
    } catch (DateTimeException e) {
      return null; // "date 2022-13": not a header, so the line stays in the text
    }
  }

  /** The first line's Markdown heading, or null when the text does not open with one. */
  static String heading(String text) {
    String firstLine = firstLine(text);
    return firstLine.startsWith("#") ? firstLine.replaceFirst("^#+\\s*", "") : null;
  }

  // Shown as the title of a document without one or a file name with words; searched only as part of the text.
  static String firstSentence(String text) {
    String firstLine = firstLine(text);
    Matcher m = FIRST_SENTENCE.matcher(firstLine);
    return m.find() ? m.group().strip() : firstLine;
  }

  private static String firstLine(String text) {
    return text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
  }

  static String shorten(String title) {
    if (title.length() <= MAX_TITLE_LENGTH) {
      return title;
    }
    int cut = title.lastIndexOf(' ', MAX_TITLE_LENGTH - 1);
    if (cut < MAX_TITLE_LENGTH / 2) {
      cut = MAX_TITLE_LENGTH - 1;
    }
    return title.substring(0, cut).stripTrailing() + "…";
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  private static String decodeStrictUtf8(byte[] bytes) throws CharacterCodingException {
    // The String constructor is several times faster than a decoder, and gives the same text for
    // valid UTF-8; it puts U+FFFD where bytes are invalid, so only then is the strict decoder run
    // (a text may hold U+FFFD itself: the decoder then says whether it is valid).
    String text = new String(bytes, StandardCharsets.UTF_8);
    if (text.indexOf('\uFFFD') < 0) {
      return text;
    }
    CharBuffer chars =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes));
    return chars.toString();
  }

  private static String describe(CharacterCodingException e, byte[] bytes) {
    if (e instanceof MalformedInputException m) {
      return "malformed sequence of " + m.getInputLength() + " byte(s); is it Latin-1 or Windows-1252?";
    }
    return e.getMessage();
  }
}
