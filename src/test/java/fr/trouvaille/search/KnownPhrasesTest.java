package fr.trouvaille.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnownPhrasesTest {

  private static final Set<List<String>> PHRASES = Set.of(
      List.of("nur", "sultan"), List.of("organisation", "du", "traite", "de", "securite", "collective"));

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', quoteCharacter = '`', textBlock = """
      Nur Sultan                                   ; "Nur Sultan"
      troupes à nur   sultan hier                  ; troupes à "nur   sultan" hier
      l'Organisation du Traité de sécurité collective ; "l'Organisation du Traité de sécurité collective"
      Nur                                          ; Nur
      Sultan Nur                                   ; Sultan Nur
      "Nur Sultan"                                 ; "Nur Sultan"
      "capitale Nur Sultan"                        ; "capitale Nur Sultan"
      -Nur Sultan                                  ; -Nur Sultan
      Nur Sultan*                                  ; Nur Sultan*
      Nur | Sultan                                 ; Nur | Sultan
      Nur-Sultan                                   ; Nur-Sultan
      """)
  void quotes_multi_word_entries_typed_as_plain_words(String query, String quoted) {
    assertEquals(quoted, new KnownPhrases().quote(query, PHRASES));
  }
}
