package fr.trouvaille.analysis;

import static fr.trouvaille.Fixtures.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.Fixtures;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SynonymRulesTest {

  private static final String FILE = """
      # Organisations
      OTSC, ODKB, CSTO
      Tokaïev, Tokayev, Tokaev
      Nur-Sultan, Noursoultan, Nursultan, Astana
      Choïgou, Shoigu, Choigou
      a => b => c
      !!!, ???
      Organisation du traité de sécurité collective, OTSC
      Biélorussie => Bélarus
      """;

  private static final Analyzer QUERY = SynonymRules.parse(FILE).queryAnalyzer();

  /** The set of terms, sorted, so stacked synonyms compare whatever their order. */
  private static String termSet(String text) {
    return termSet(QUERY, text);
  }

  private static String termSet(Analyzer analyzer, String text) {
    String[] terms = tokens(analyzer, text).split(" ");
    return String.join(" ", Arrays.stream(terms).sorted().distinct().toList());
  }

  @Test
  void malformed_lines_are_reported_with_their_number_and_skipped() {
    SynonymRules rules = SynonymRules.parse(FILE);
    assertEquals(6, rules.count());
    assertEquals(List.of(6, 7), rules.problems().stream().map(SynonymRules.Problem::line).toList());
    assertEquals("a => b => c", rules.problems().get(0).text());
    assertTrue(rules.problems().get(1).message().contains("eliminated by analyzer"), rules.problems().get(1).message());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      CSTO                   | csto odkb otsc
      otsc                   | colectif csto odkb organ otsc securit trait
      Tokayev                | tokaev tokaiev tokayev
      TOKAIEV                | tokaev tokaiev tokayev
      Shoigu                 | choigou shoigu
      Nursultan              | astana noursoultan nur nursultan sultan
      Nur-Sultan             | astana noursoultan nur nursultan sultan
      Astana                 | astana noursoultan nur nursultan sultan
      Nur Sultan             | astana noursoultan nur nursultan sultan
      Bélarus                | belaru
      Biélorussie            | belaru
      troupes                | troup
      """)
  void query_words_expand_to_their_synonyms_before_stemming(String query, String terms) {
    assertEquals(terms, termSet(query));
  }

  @Test
  void multi_word_rule_matches_the_words_in_order() {
    assertTrue(termSet("l'Organisation du traité de sécurité collective").contains("otsc"));
    assertTrue(termSet("OTSC").contains("organ"), "stemmed organisation");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Nur-Sultan, Astana             | Nur-Sultan, Nur Sultan, Astana
      Alma-Ata => Almaty             | Alma-Ata , Alma Ata=> Almaty
      a - b, c                       | a - b, c
      """)
  void hyphenated_names_in_a_rule_also_stand_spaced(String rule, String expanded) {
    assertEquals(expanded, SynonymRules.withSpacedVariants(rule));
  }

  @Test
  void missing_file_means_no_synonyms(@TempDir Path dir) throws IOException {
    assertEquals(0, SynonymRules.load(dir.resolve("absent.txt")).count());
  }

  @Test
  void file_is_reloaded_when_it_changes(@TempDir Path dir) {
    Path file = Fixtures.write(dir, "synonyms.txt", "OTSC, CSTO\n");
    SynonymsFile synonyms = new SynonymsFile(file);
    assertEquals("csto otsc", termSet(synonyms.current().analyzer(), "otsc"));
    Fixtures.write(dir, "synonyms.txt", "OTSC, ODKB\n");
    synonyms.reloadIfChanged();
    assertEquals("odkb otsc", termSet(synonyms.current().analyzer(), "otsc"));
  }
}
