package fr.trouvaille.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetTextTest {

  // Words without a sentence end, as in a man page's option list.
  private static String words(String prefix, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(prefix).append(i).append(' ');
    }
    return text.toString();
  }

  @Test
  void two_cut_passages_are_separated_by_one_ellipsis() {
    String first = words("a", 100) + "<mark>un</mark> " + words("b", 100);
    String second = words("c", 100) + "<mark>deux</mark> " + words("d", 100);
    String snippet = SnippetText.of(List.of(first, second));
    assertTrue(snippet.startsWith("… ") && snippet.endsWith(" …"), snippet);
    assertEquals(3, count(snippet, "…"), snippet);
  }

  @Test
  void a_passage_of_a_normal_length_is_kept_as_it_is() {
    String passage = "Les <mark>troupes</mark> russes repartiraient une fois entrées.";
    assertEquals(passage, SnippetText.held(passage));
  }

  @Test
  void passages_are_joined_best_first_by_an_ellipsis_on_one_line() {
    assertEquals("Un <mark>mot</mark>. … Deux\u00a0: <mark>mot</mark>.",
        SnippetText.of(List.of("Un <mark>mot</mark>.\n\n", "Deux\u00a0:\n<mark>mot</mark>.")));
  }

  @Test
  void a_passage_without_sentence_ends_is_cut_around_its_matches_at_spaces() {
    String passage = words("avant", 80) + "copier les <mark>fichiers</mark> récursivement " + words("après", 80);
    String held = SnippetText.held(passage);
    assertTrue(held.length() <= SearchRules.PASSAGE_LENGTH + 40, held.length() + ": " + held);
    assertTrue(held.startsWith("… avant"), held);
    assertTrue(held.endsWith(" …"), held);
    assertTrue(held.contains("copier les <mark>fichiers</mark> récursivement"), held);
    // Every word is whole: the text between the ellipses is a run of the passage's own words.
    String inner = held.substring(2, held.length() - 2);
    assertTrue(passage.contains(inner), held);
    assertTrue(passage.contains(" " + inner + " "), "cut at spaces: " + held);
  }

  @Test
  void the_window_holding_most_matches_wins_over_the_first_match() {
    String passage = "<mark>copier</mark> " + words("x", 100) + "<mark>copier</mark> des <mark>fichiers</mark> "
        + words("y", 100);
    String held = SnippetText.held(passage);
    assertTrue(held.contains("<mark>copier</mark> des <mark>fichiers</mark>"), held);
  }

  @Test
  void a_cut_never_splits_a_mark_nor_an_entity() {
    String phrase = "<mark>retrait des troupes de l&#x27;OTSC</mark>";
    String passage = words("mot", 15) + phrase + " " + words("suite", 120);
    String held = SnippetText.held(passage);
    assertTrue(held.contains(phrase), held);
    assertEquals(count(held, "<mark>"), count(held, "</mark>"), held);
    assertTrue(!held.matches("(?s).*&#x?[0-9a-f]*$.*") && !held.contains("&#x2 "), held);
  }

  @Test
  void a_long_passage_without_a_match_keeps_its_beginning() {
    String passage = words("mot", 100);
    String held = SnippetText.held(passage);
    assertTrue(held.startsWith("mot0 mot1"), held);
    assertTrue(held.endsWith(" …"), held);
  }

  private static int count(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }
}
