package fr.trouvaille.search;

import java.util.List;

/**
 * Why a hit matched one word of the query: the forms of it found in that document, each with the
 * rule that joined it to what was typed. A word with no form in the hit is {@code absent}.
 *
 * @param word the part of the query as typed ({@code CSTO}, {@code kazakh*}, {@code "autorités kazakhes"})
 * @param absent the hit holds no form of it (a long query, a loosened one, or a word no document holds)
 * @param forms the distinct forms found, most frequent first, at most {@link MatchRules#MAX_FORMS}
 */
public record WordMatch(String word, boolean absent, List<Form> forms) {

  public WordMatch {
    forms = List.copyOf(forms);
  }

  /** A word of the query the hit does not hold. */
  public static WordMatch absent(String word) {
    return new WordMatch(word, true, List.of());
  }

  /**
   * One form of a query word found in a document.
   *
   * @param form as written in the document, without an elided article ({@code État} for {@code l’État})
   * @param rule how it joins the word typed: {@code exact}, {@code accents}, {@code hyphen},
   *     {@code inflection}, {@code prefix}, {@code variant} (a synonym rule) or {@code spelling}
   *     (the close-spelling loosening)
   * @param line for a variant, the line of the synonyms file whose rule joined them, else null
   * @param synonyms for a variant, that rule as written, else null
   * @param edits for a spelling, the letters changed (edit distance of the folded words), else null
   */
  public record Form(String form, String rule, Integer line, String synonyms, Integer edits) {
    static Form of(String form, String rule) {
      return new Form(form, rule, null, null, null);
    }
  }
}
