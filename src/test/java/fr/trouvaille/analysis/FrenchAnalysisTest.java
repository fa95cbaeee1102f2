package fr.trouvaille.analysis;

import static fr.trouvaille.Fixtures.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrenchAnalysisTest {

  private static final Analyzer INDEX = FrenchAnalysis.indexAnalyzer();
  private static final Analyzer QUERY = FrenchAnalysis.queryAnalyzer();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      # elision, with the typographic and the straight apostrophe
      l’occasion                   | ocasion
      l'occasion                   | ocasion
      d’Almaty                     | almaty
      qu’il parte                  | part
      jusqu'à l'ODKB               | odkb
      L’OTSC                       | otsc
      aujourd’hui                  | aujourd'hui
      # case and accent folding: the unaccented spelling meets the accented one
      Tokaïev                      | tokaiev
      Tokaiev                      | tokaiev
      État                         | etat
      etat                         | etat
      œuvre                        | oeuvr
      oeuvre                       | oeuvr
      Choïgou                      | choigou
      # light stemming: plural and feminine forms meet
      troupes                      | troup
      troupe                       | troup
      manifestations               | manifest
      manifestation                | manifest
      élections présidentielles    | election presidentiel
      kazakhe                      | kazakh
      kazakhes                     | kazakh
      # stopwords, with or without their accents
      le retrait de la Russie      | retrait rus
      il était président           | president
      il etait                     | ''
      # numbers and abbreviations stay whole
      2021-2022                    | 2021 2022
      3,5 %                        | 3,5
      U.S.A.                       | u.s.a
      """)
  void index_and_query_analysis_agree_on_words(String input, String expected) {
    assertEquals(expected, tokens(INDEX, input));
    assertEquals(expected, tokens(QUERY, input));
  }

  @ParameterizedTest(name = "{0} -> index: {1}; query: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      # a hyphenated word is indexed as its parts and joined, and searched joined
      Nur-Sultan                   | nursultan nur sultan          | nursultan
      Jean-François                | jeanfrancoi jean francoi      | jeanfrancoi
      Haut‑Karabakh                | hautkarabakh haut karabakh    | hautkarabakh
      l’Asie-Centrale              | asiecentral asie central      | asiecentral
      Nursultan                    | nursultan                     | nursultan
      """)
  void hyphenated_words_are_indexed_as_parts_and_joined(String input, String index, String query) {
    assertEquals(index, tokens(INDEX, input));
    assertEquals(query, tokens(QUERY, input));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      L’Élysée                     | élysée
      Tokaïev                      | tokaïev
      frigorifiques                | frigorifiques
      Nur-Sultan                   | nur sultan
      """)
  void words_field_keeps_words_as_written(String input, String expected) {
    assertEquals(expected, tokens(FrenchAnalysis.wordsAnalyzer(), input));
  }
}
