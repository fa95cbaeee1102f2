package fr.trouvaille.corpus;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real files of each format, written by the libraries that write them (PDFBox, Apache POI) or, for
 * the zip-based OpenDocument and EPUB, by hand with the parts their specifications require.
 * Each file holds a title, a month and paragraphs.
 */
public final class DocumentFiles {

  private DocumentFiles() {}

  /** A PDF of {@code paragraphs} (one per line group), with an Info title and creation date. */
  public static byte[] pdf(String title, int year, int month, List<String> paragraphs) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      writePages(doc, paragraphs);
      PDDocumentInformation info = doc.getDocumentInformation();
      info.setTitle(title);
      info.setCreationDate(calendar(year, month));
      return save(doc);
    }
  }

  /** A PDF whose text needs {@code password} to be read. */
  public static byte[] encryptedPdf(String password, List<String> paragraphs) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      writePages(doc, paragraphs);
      StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
      policy.setEncryptionKeyLength(128);
      doc.protect(policy);
      return save(doc);
    }
  }

  /** A PDF with a page and no text on it, as a scan without OCR: only a drawn rectangle. */
  public static byte[] pdfWithoutText() throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
        content.addRect(50, 50, 400, 600);
        content.fill();
      }
      return save(doc);
    }
  }

  private static void writePages(PDDocument doc, List<String> paragraphs) throws IOException {
    PDPage page = new PDPage();
    doc.addPage(page);
    try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
      content.beginText();
      content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
      content.setLeading(14);
      content.newLineAtOffset(50, 720);
      for (String paragraph : paragraphs) {
        content.showText(paragraph); // WinAnsi: French accents are fine
        content.newLine();
        content.newLine();
      }
      content.endText();
    }
  }

  private static byte[] save(PDDocument doc) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    doc.save(out);
    return out.toByteArray();
  }

  /** A Word document with a title and creation date in its core properties. */
  public static byte[] docx(String title, int year, int month, List<String> paragraphs) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String paragraph : paragraphs) {
        doc.createParagraph().createRun().setText(paragraph);
      }
      doc.getProperties().getCoreProperties().setTitle(title);
      doc.getProperties().getCoreProperties().setCreated(java.util.Optional.of(calendar(year, month).getTime()));
      doc.write(out);
      return out.toByteArray();
    }
  }

  /** An OpenDocument text: the mimetype first and stored, the content and the metadata. */
  public static byte[] odt(String title, int year, int month, List<String> paragraphs) throws IOException {
    StringBuilder body = new StringBuilder();
    paragraphs.forEach(p -> body.append("<text:p>").append(xml(p)).append("</text:p>"));
    String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
        + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
    String meta = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        + " office:version=\"1.2\"><office:meta><dc:title>" + xml(title) + "</dc:title>"
        + String.format("<meta:creation-date>%04d-%02d-10T09:00:00</meta:creation-date>", year, month)
        + "</office:meta></office:document-meta>";
    String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">"
        + "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
        + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
        + "<manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>"
        + "</manifest:manifest>";
    return zip("application/vnd.oasis.opendocument.text",
        "META-INF/manifest.xml", manifest, "content.xml", content, "meta.xml", meta);
  }

  /** An EPUB 2 book of one chapter, with its title and date in the package document. */
  public static byte[] epub(String title, int year, int month, List<String> paragraphs) throws IOException {
    String container = "<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
        + "<rootfiles><rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>";
    String opf = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
        + "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"2.0\" unique-identifier=\"id\">"
        + "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>" + xml(title) + "</dc:title>"
        + "<dc:language>fr</dc:language><dc:identifier id=\"id\">urn:uuid:12345678-1234-1234-1234-123456789abc</dc:identifier>"
        + String.format("<dc:date>%04d-%02d-10</dc:date>", year, month) + "</metadata>"
        + "<manifest><item id=\"c1\" href=\"chapitre1.xhtml\" media-type=\"application/xhtml+xml\"/></manifest>"
        + "<spine><itemref idref=\"c1\"/></spine></package>";
    StringBuilder body = new StringBuilder();
    paragraphs.forEach(p -> body.append("<p>").append(xml(p)).append("</p>"));
    String chapter = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><html xmlns=\"http://www.w3.org/1999/xhtml\">"
        + "<head><title>Chapitre</title></head><body>" + body + "</body></html>";
    return zip("application/epub+zip",
        "META-INF/container.xml", container, "OEBPS/content.opf", opf, "OEBPS/chapitre1.xhtml", chapter);
  }

  /** An RTF file (no title or date in it: RTF has them, but Tika reads neither). */
  public static byte[] rtf(List<String> paragraphs) {
    StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times;}}\\f0 ");
    for (String paragraph : paragraphs) {
      for (char c : paragraph.toCharArray()) {
        rtf.append(c < 128 ? String.valueOf(c) : "\\u" + (int) c + "?");
      }
      rtf.append("\\par\\par\n");
    }
    return rtf.append("}").toString().getBytes(StandardCharsets.US_ASCII);
  }

  /** A saved web page, with its {@code <title>} and a {@code <meta name="date">}. */
  public static byte[] html(String title, int year, int month, List<String> paragraphs) {
    StringBuilder body = new StringBuilder();
    paragraphs.forEach(p -> body.append("<p>").append(xml(p)).append("</p>\n"));
    String page = "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>" + xml(title) + "</title>"
        + String.format("<meta name=\"date\" content=\"%04d-%02d-10\">", year, month)
        + "<script>document.write('script')</script><style>p{color:red}</style></head>"
        + "<body><nav>Accueil</nav>" + body + "</body></html>";
    return page.getBytes(StandardCharsets.UTF_8);
  }

  private static Calendar calendar(int year, int month) {
    Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    calendar.clear();
    calendar.set(year, month - 1, 10, 9, 0);
    return calendar;
  }

  // The first entry of an OpenDocument or EPUB package is its media type, stored uncompressed.
  private static byte[] zip(String mimetype, String... namesAndContents) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
      ZipEntry first = new ZipEntry("mimetype");
      first.setMethod(ZipEntry.STORED);
      first.setSize(type.length);
      CRC32 crc = new CRC32();
      crc.update(type);
      first.setCrc(crc.getValue());
      zip.putNextEntry(first);
      zip.write(type);
      zip.closeEntry();
      for (int i = 0; i < namesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(namesAndContents[i]));
        zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
