package fr.trouvaille.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.analysis.SynonymRules;
import fr.trouvaille.search.QueryReading.Kind;
import fr.trouvaille.search.WordMatch.Form;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The rule that joins a form found to the word typed: a table of word, form and rule. */
class MatchRulesTest {

  private static final SynonymRules SYNONYMS = SynonymRules.parse("# organisations\nOTSC, ODKB, CSTO\nTokaïev, Tokayev, Tokaev\n");
  private final MatchRules rules = new MatchRules();

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      "troupes     | Troupes        | exact",
      "etat        | l’État         | accents",
      "Tokaiev     | Tokaïev        | accents",
      "Nursultan   | Nur-Sultan     | hyphen",
      "etat        | état-major     | hyphen",
      "troupe      | troupes        | inflection",
      "etat        | États          | inflection",
      "CSTO        | OTSC           | variant",
      "Tokayev     | Tokaev         | variant",
  })
  void a_form_is_joined_to_the_word_by_the_plainest_rule(String typed, String form, String rule) {
    Form joined = rules.classify(typed, Kind.WORD, form, false, SYNONYMS);
    assertEquals(rule, joined.rule(), joined.toString());
    assertEquals(MatchRules.shown(form), joined.form(), "shown without its elided article");
  }

  @Test
  void a_variant_names_its_line_and_rule_as_written() {
    Form variant = rules.classify("CSTO", Kind.WORD, "ODKB", false, SYNONYMS);
    assertEquals(2, variant.line());
    assertEquals("OTSC, ODKB, CSTO", variant.synonyms());
  }

  @Test
  void a_prefix_and_a_close_spelling_say_so() {
    assertEquals("prefix", rules.classify("kazakh*", Kind.PREFIX, "kazakhe", false, SYNONYMS).rule());
    Form close = rules.classify("Kazakstan", Kind.WORD, "Kazakhstan", true, SYNONYMS);
    assertEquals("spelling", close.rule());
    assertEquals(1, close.edits());
  }

  @Test
  void no_rule_joins_an_unrelated_form() {
    assertTrue(rules.join("troupe", Kind.WORD, "Kazakhstan", false, SYNONYMS).isEmpty());
    assertTrue(rules.join("troupe", Kind.WORD, "Kazakhstan", true, SYNONYMS).isEmpty(), "too far for a close spelling");
  }
}
