package fr.trouvaille.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompiledRuleTest {

  private static final Analyzer ENTRIES = FrenchAnalysis.synonymEntryAnalyzer();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
      OTSC, ODKB, CSTO                                     | otsc, odkb, csto
      Tokaïev, Tokayev                                     | tokaiev, tokayev
      Nur-Sultan, Nur Sultan, Astana                       | nursultan, nur sultan, astana
      Organisation du traité de sécurité collective, OTSC  | organisation du traite de securite collective, otsc
      l’Élysée => présidence                               | elysee => presidence
      Biélorussie=>Bélarus                                 | bielorussie => belarus
      3\\,5 %, trois et demi                               | 3\\,5, trois et demi
      a\\=\\>b, c                                          | a b, c
      """)
  void entries_become_the_words_of_the_entry_chain_escaped(String rule, String compiled) {
    assertEquals(compiled, CompiledRule.of(rule, ENTRIES));
  }
}
