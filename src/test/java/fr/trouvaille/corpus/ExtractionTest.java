package fr.trouvaille.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each format read from a real file: its text with paragraph breaks, its title and month; bad files refused with a reason. */
class ExtractionTest {

  private static final List<String> PARAGRAPHS = List.of(
      "Premier paragraphe sur la steppe kazakhe.", "Second paragraphe, où l'État répond.");

  private final DocumentParser parser = new DocumentParser();

  private SourceDocument parsed(String id, byte[] bytes) {
    ParseResult result = parser.parse(id, bytes);
    return assertInstanceOf(ParseResult.Parsed.class, result, () -> id + ": " + result).document();
  }

  private ParseResult.Rejected rejected(String id, byte[] bytes) {
    ParseResult result = parser.parse(id, bytes);
    return assertInstanceOf(ParseResult.Rejected.class, result, () -> id + ": " + result);
  }

  private static void assertParagraphs(SourceDocument doc) {
    assertTrue(doc.text().contains(PARAGRAPHS.get(0) + "\n\n" + PARAGRAPHS.get(1)),
        () -> "paragraphs kept apart by a blank line in: " + doc.text());
  }

  /** A file of a format with document properties: its title and creation date. */
  interface PropertiesFile {
    byte[] make(String title, int year, int month, List<String> paragraphs) throws Exception;
  }

  static Stream<Arguments> formatsWithProperties() {
    return Stream.of(
        Arguments.of("rapports/note.pdf", (PropertiesFile) DocumentFiles::pdf),
        Arguments.of("note.docx", (PropertiesFile) DocumentFiles::docx),
        Arguments.of("note.odt", (PropertiesFile) DocumentFiles::odt));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("formatsWithProperties")
  void gives_its_text_title_and_creation_month(String id, PropertiesFile file) throws Exception {
    SourceDocument doc = parsed(id, file.make("Note sur la steppe", 2021, 11, PARAGRAPHS));
    assertEquals("Note sur la steppe", doc.title());
    assertEquals(YearMonth.of(2021, 11), doc.date());
    assertParagraphs(doc);
  }

  @Test
  void epub_gives_its_text_and_title() throws Exception {
    SourceDocument doc = parsed("livre.epub", DocumentFiles.epub("Un livre", 2018, 5, PARAGRAPHS));
    assertEquals("Un livre", doc.title());
    assertParagraphs(doc);
  }

  @Test
  void html_gives_its_title_and_meta_date_and_no_script() {
    SourceDocument doc = parsed("web/page.htm", DocumentFiles.html("Page <enregistrée>", 2022, 3, PARAGRAPHS));
    assertEquals("Page <enregistrée>", doc.title());
    assertEquals(YearMonth.of(2022, 3), doc.date());
    assertParagraphs(doc);
    assertFalse(doc.text().contains("document.write"), doc.text());
    assertFalse(doc.text().contains("color:red"), doc.text());
  }

  @Test
  void rtf_has_no_title_property_so_the_file_name_gives_one() {
    SourceDocument doc = parsed("note.rtf", DocumentFiles.rtf(PARAGRAPHS));
    assertEquals("Note", doc.title());
    assertNull(doc.date());
    assertParagraphs(doc);
  }

  @Test
  void encrypted_pdf_is_refused_as_encrypted() throws Exception {
    assertEquals(SkipReason.ENCRYPTED, rejected("secret.pdf", DocumentFiles.encryptedPdf("motdepasse", PARAGRAPHS)).reason());
  }

  @Test
  void pdf_without_text_layer_is_refused_as_scanned() throws Exception {
    ParseResult.Rejected rejected = rejected("scan.pdf", DocumentFiles.pdfWithoutText());
    assertEquals(SkipReason.NO_TEXT_LAYER, rejected.reason());
    assertEquals("scanned, no text: OCR is not done", rejected.reason().description());
  }

  @Test
  void truncated_pdf_and_garbage_docx_are_refused_as_corrupt() throws Exception {
    byte[] pdf = DocumentFiles.pdf("T", 2021, 1, PARAGRAPHS);
    byte[] cut = java.util.Arrays.copyOf(pdf, 60);
    assertEquals(SkipReason.CORRUPT, rejected("cut.pdf", cut).reason());
    byte[] docx = DocumentFiles.docx("T", 2021, 1, PARAGRAPHS);
    assertEquals(SkipReason.CORRUPT, rejected("cut.docx", java.util.Arrays.copyOf(docx, docx.length / 2)).reason());
    byte[] noise = new byte[4096];
    new java.util.Random(14).nextBytes(noise);
    assertEquals(SkipReason.CORRUPT, rejected("bruit.docx", noise).reason());
  }

  @Test
  void extraction_past_the_time_limit_is_abandoned() throws Exception {
    DocumentParser hurried = new DocumentParser(new ExtractionLimits(Duration.ZERO, 1000));
    ParseResult result = hurried.parse("lent.pdf", DocumentFiles.pdf("T", 2021, 1, PARAGRAPHS));
    assertEquals(SkipReason.TIMED_OUT, assertInstanceOf(ParseResult.Rejected.class, result).reason());
  }

  @Test
  void extraction_past_the_character_limit_is_abandoned() {
    DocumentParser small = new DocumentParser(new ExtractionLimits(Duration.ofSeconds(60), 50));
    ParseResult result = small.parse("long.html", DocumentFiles.html("Long", 2022, 3, PARAGRAPHS));
    ParseResult.Rejected rejected = assertInstanceOf(ParseResult.Rejected.class, result);
    assertEquals(SkipReason.TOO_MUCH_TEXT, rejected.reason());
    assertEquals("more than 50 characters", rejected.detail());
  }

  @Test
  void empty_file_of_an_extracted_format_is_empty() {
    assertEquals(SkipReason.EMPTY, rejected("vide.pdf", new byte[0]).reason());
  }
}
