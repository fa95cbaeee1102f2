package fr.trouvaille.corpus;

import java.io.IOException;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Extracts the text, title and date of HTML, PDF, Word, OpenDocument, RTF and EPUB files with
 * Apache Tika, within limits: a time limit per file, a limit on the characters extracted and on
 * the memory PDFBox may take. Past a limit, or when the file is encrypted, has no text layer or
 * cannot be parsed, the file is refused with a reason; nothing else is affected.
 *
 * <p>The parse runs on a thread of its own so that the reindex can stop waiting for it: Java cannot
 * kill a thread, so a parse past its time is interrupted and abandoned (a daemon thread, which a
 * parser stuck in a loop may keep busy until the process ends). Only a child process could be
 * killed for sure (Tika's {@code tika-pipes}); that costs a JVM per reindex and a second classpath,
 * which a folder of articles does not need.
 *
 * <p>Loaded only when a file needs extracting: a corpus of text files never loads Tika.
 */
final class TikaExtractor {

  /** Memory PDFBox may take for one file's data; past it the file is skipped. */
  static final long MAX_PDF_MEMORY_BYTES = 256L << 20;

  // HTML <meta> names that hold the date of a page, lower case, after Tika's own CREATED.
  private static final Set<String> HTML_DATE_NAMES = Set.of(
      "date", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created", "article:published_time",
      "pubdate", "publication_date", "datepublished");

  private final Parser parser = new AutoDetectParser();
  private final ExtractionLimits limits;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "extract");
    t.setDaemon(true);
    return t;
  });

  TikaExtractor(ExtractionLimits limits) {
    this.limits = limits;
  }

  /** The text of {@code bytes}, a file named {@code name} of format {@code format}. */
  FileText extract(String name, DocumentFormat format, byte[] bytes) throws NotExtracted {
    Future<FileText> parse = threads.submit(() -> parse(name, format, bytes));
    try {
      return parse.get(limits.time().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      parse.cancel(true);
      throw new NotExtracted(SkipReason.TIMED_OUT, "still extracting after " + limits.time().toSeconds() + " s");
    } catch (InterruptedException e) {
      parse.cancel(true);
      Thread.currentThread().interrupt();
      throw new NotExtracted(SkipReason.TIMED_OUT, "interrupted");
    } catch (ExecutionException e) {
      throw refusal(format, e.getCause(), limits);
    }
  }

  private FileText parse(String name, DocumentFormat format, byte[] bytes) throws Exception {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
    BodyContentHandler handler = new BodyContentHandler(limits.characters());
    try (TikaInputStream in = TikaInputStream.get(bytes)) {
      parser.parse(in, new ParagraphBreaks(handler), metadata, context());
    }
    String text = ExtractedText.clean(handler.toString());
    if (text.isEmpty()) {
      String type = metadata.get(Metadata.CONTENT_TYPE);
      if (type != null && type.startsWith("application/octet-stream")) {
        throw new NotExtracted(SkipReason.CORRUPT, "not recognised as " + format.label() + " (unknown content)");
      }
      throw format == DocumentFormat.PDF
          ? new NotExtracted(SkipReason.NO_TEXT_LAYER, null)
          : new NotExtracted(SkipReason.EMPTY, "no text in the " + format.label() + " file");
    }
    return new FileText(text, ExtractedText.title(metadata.get(TikaCoreProperties.TITLE)), date(metadata));
  }

  private static ParseContext context() {
    PDFParserConfig pdf = new PDFParserConfig();
    pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
    pdf.setExtractInlineImages(false);
    pdf.setMaxMainMemoryBytes(MAX_PDF_MEMORY_BYTES);
    ParseContext context = new ParseContext();
    context.set(PDFParserConfig.class, pdf);
    return context;
  }

  private static YearMonth date(Metadata metadata) {
    YearMonth created = ExtractedText.month(metadata.get(TikaCoreProperties.CREATED));
    if (created != null) {
      return created;
    }
    for (String name : metadata.names()) {
      if (HTML_DATE_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
        YearMonth month = ExtractedText.month(metadata.get(name));
        if (month != null) {
          return month;
        }
      }
    }
    return null;
  }

  // Tika wraps the parser's own exception ("TIKA-198: Illegal IOException from …PDFParser@6de8be8c"):
  // the innermost one says what is wrong with the file.
  private static String cause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage() == null || root.getMessage().isBlank() ? "" : ": " + root.getMessage();
    return root instanceof SAXException || root instanceof IOException || root instanceof TikaException
        ? (message.isEmpty() ? root.getClass().getSimpleName() : message.substring(2))
        : root.getClass().getSimpleName() + message;
  }

  private static NotExtracted refusal(DocumentFormat format, Throwable e, ExtractionLimits limits) {
    if (e instanceof NotExtracted refused) {
      return refused;
    }
    if (e instanceof OutOfMemoryError) {
      // The parse's objects are garbage now; the reindex goes on with the next file.
      return new NotExtracted(SkipReason.TOO_MUCH_MEMORY, "ran out of memory extracting it");
    }
    if (WriteLimitReachedException.isWriteLimitReached(e)) {
      return new NotExtracted(SkipReason.TOO_MUCH_TEXT, "more than " + limits.characters() + " characters");
    }
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof EncryptedDocumentException) {
        return new NotExtracted(SkipReason.ENCRYPTED, null);
      }
      if (c instanceof IOException && String.valueOf(c.getMessage()).contains("Maximum allowed size")) {
        return new NotExtracted(SkipReason.TOO_MUCH_MEMORY, "over " + (MAX_PDF_MEMORY_BYTES >> 20) + " MiB of PDF data");
      }
    }
    return new NotExtracted(SkipReason.CORRUPT, "cannot be read as " + format.label() + ": " + ExtractedText.oneLine(cause(e)));
  }
}
