package fr.trouvaille.corpus;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of file the corpus may hold, known by their extension: plain text read as it is, and the
 * formats whose text is extracted (through Apache Tika). The one place that lists them, for the
 * scanner, the parser, the index and the download of the original.
 */
public enum DocumentFormat {
  TXT("text/plain; charset=utf-8", false, "txt"),
  MD("text/markdown; charset=utf-8", false, "md"),
  HTML("text/html", true, "html", "htm"),
  PDF("application/pdf", true, "pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", true, "docx"),
  ODT("application/vnd.oasis.opendocument.text", true, "odt"),
  RTF("application/rtf", true, "rtf"),
  EPUB("application/epub+zip", true, "epub");

  private final String contentType;
  private final boolean extracted;
  private final List<String> extensions;

  DocumentFormat(String contentType, boolean extracted, String... extensions) {
    this.contentType = contentType;
    this.extracted = extracted;
    this.extensions = List.of(extensions);
  }

  /** The format of a file name or document id, from its extension; empty when it is not one of ours. */
  public static Optional<DocumentFormat> of(String name) {
    String extension = extension(name);
    return Arrays.stream(values()).filter(f -> f.extensions.contains(extension)).findFirst();
  }

  /** The short name the API shows: {@code pdf}, {@code html}, {@code docx}… */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The media type the original file is served with. */
  public String contentType() {
    return contentType;
  }

  /** True when the text must be extracted from the file; false for UTF-8 text, read as it is. */
  public boolean extracted() {
    return extracted;
  }

  /** Every extension we read, as {@code .txt, .md, …}, for messages. */
  public static String allExtensions() {
    return String.join(", ", Arrays.stream(values()).flatMap(f -> f.extensions.stream()).map(e -> "." + e).toList());
  }

  private static String extension(String name) {
    int slash = name.lastIndexOf('/');
    int dot = name.lastIndexOf('.');
    return dot <= slash ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
