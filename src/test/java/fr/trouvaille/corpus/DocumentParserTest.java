package fr.trouvaille.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentParserTest {

  private final DocumentParser parser = new DocumentParser();

  private SourceDocument parsed(String content) {
    ParseResult result = parser.parse("a.txt", content.getBytes(StandardCharsets.UTF_8));
    return assertInstanceOf(ParseResult.Parsed.class, result).document();
  }

  private ParseResult.Rejected rejected(byte[] content) {
    return assertInstanceOf(ParseResult.Rejected.class, parser.parse("a.txt", content));
  }

  @Test
  void date_header_followed_by_text_on_the_same_line() {
    SourceDocument doc = parsed(" date 2022-01 Certains observateurs se sont inquiétés. La suite.\n\nAutre paragraphe.");
    assertEquals(YearMonth.of(2022, 1), doc.date());
    assertEquals("Certains observateurs se sont inquiétés. La suite.\n\nAutre paragraphe.", doc.text());
    assertEquals("Certains observateurs se sont inquiétés.", doc.title());
  }

  @Test
  void date_and_title_headers_on_their_own_lines() {
    SourceDocument doc = parsed(" date 2019-03\n title Astana devient Nur-Sultan\n\nLe Parlement a voté.");
    assertEquals(YearMonth.of(2019, 3), doc.date());
    assertEquals("Astana devient Nur-Sultan", doc.title());
    assertEquals("Le Parlement a voté.", doc.text());
    assertTrue(doc.titleGiven());
  }

  @Test
  void file_without_header_has_no_date_and_its_first_sentence_as_title() {
    SourceDocument doc = parsed("Le Kazakhstan vote. Un référendum a eu lieu.");
    assertNull(doc.date());
    assertEquals("Le Kazakhstan vote.", doc.title());
    assertFalse(doc.titleGiven(), "a first sentence is shown as the title but searched as text only");
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @CsvSource(delimiter = '|', textBlock = """
      seance-2013-07-18-0930.txt           | La séance est ouverte.   | Séance 2013-07-18 0930
      debats/seance-2013-07-18-0930.txt    | Pas le mot.              | Seance 2013-07-18 0930
      se\u0301ance-2013-07-18-0930.txt     | La séance est ouverte.   | Séance 2013-07-18 0930
      rapports/note_de_synthese_2021-06.md | Une note de SYNTHÈSE.    | Note de synthèse 2021-06
      rapports/note_de_synthese.md         | Une note. Synthèse de la SÉANCE, puis la synthèse. | Note de synthèse
      rapports/synthese_seance.md          | La séance. Synthèse et synthèse, SÉANCE. | Synthèse séance
      000_f454a1a4fa1a1bb4.txt             | Un texte. La suite.      | Un texte.
      ls.1.txt                             | ls - lister un répertoire | ls - lister un répertoire
      kazakhstan/2019-06-election-tokaiev.txt | Le 9 juin, Tokaïev a gagné l'élection. | 2019-06 élection Tokaïev
      """)
  void a_file_name_with_words_gives_the_title_with_its_dates_and_the_text_s_accents(String id, String text, String title) {
    SourceDocument doc = assertInstanceOf(ParseResult.Parsed.class,
        parser.parse(id, text.getBytes(StandardCharsets.UTF_8))).document();
    assertEquals(title, doc.title());
    assertEquals(text, doc.text(), "the first sentence stays in the text");
    assertFalse(doc.titleGiven(), "a title made from the file name is shown, not searched as a title");
  }

  @Test
  void markdown_heading_is_the_title() {
    SourceDocument doc = parsed("# Article 111-1\n\nLa loi pénale est d'interprétation stricte.");
    assertEquals("Article 111-1", doc.title());
    assertTrue(doc.titleGiven());
  }

  @Test
  void long_first_sentence_is_shortened_at_a_word() {
    String sentence = "mot ".repeat(60).strip() + ".";
    SourceDocument doc = parsed(sentence);
    assertTrue(doc.title().length() <= DocumentParser.MAX_TITLE_LENGTH, doc.title());
    assertTrue(doc.title().endsWith("mot…"), doc.title());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      date 2022-13 Treize mois.       | date 2022-13 Treize mois.
      Date 2022-01 Majuscule.         | Date 2022-01 Majuscule.
      date 2022-01x collé.            | date 2022-01x collé.
      """)
  void a_malformed_date_is_kept_as_text(String content, String text) {
    SourceDocument doc = parsed(content);
    assertNull(doc.date());
    assertEquals(text, doc.text());
  }

  @Test
  void byte_order_mark_and_windows_line_ends_are_removed() {
    SourceDocument doc = parsed("\uFEFF date 2020-08\r\n title Minsk\r\n\r\nUn texte.\r\n");
    assertEquals(YearMonth.of(2020, 8), doc.date());
    assertEquals("Minsk", doc.title());
    assertEquals("Un texte.", doc.text());
  }

  @Test
  void decomposed_accents_are_composed() {
    SourceDocument doc = parsed("E\u0301tat de droit.");
    assertEquals("État de droit.", doc.text());
  }

  @Test
  void empty_and_header_only_files_are_skipped() {
    assertEquals(SkipReason.EMPTY, rejected(new byte[0]).reason());
    assertEquals(SkipReason.EMPTY, rejected(" date 2022-01\n title Rien\n\n  \n".getBytes(StandardCharsets.UTF_8)).reason());
  }

  @Test
  void latin1_file_is_skipped_as_invalid_utf8() {
    byte[] latin1 = "Un été à Almaty".getBytes(StandardCharsets.ISO_8859_1);
    ParseResult.Rejected skip = rejected(latin1);
    assertEquals(SkipReason.INVALID_UTF8, skip.reason());
    assertTrue(skip.detail().contains("Latin-1"), skip.detail());
  }

  @Test
  void binary_file_is_skipped() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    assertEquals(SkipReason.BINARY, rejected(png).reason());
  }
}
