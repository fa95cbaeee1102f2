package fr.trouvaille.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.browser.BrowserCorpus.Doc;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** Help with the query in Chromium: completions while typing, "Vouliez-vous dire", relaxed queries. */
class SuggestionsBrowserTest extends BrowserTestCase {

  /** Types {@code text} in an empty search box and waits for the list of completions. */
  private List<WebElement> typeAndAwaitSuggestions(String text) {
    page.open(address());
    page.box().sendKeys(text);
    return browser.await("the list of completions (GET /api/suggest)", d -> {
      List<WebElement> options = page.findAll("#suggestions [role=option]");
      return page.shown("#suggestions") && !options.isEmpty() ? options : null;
    });
  }

  @Test
  void completions_of_the_last_word_appear_and_arrows_and_enter_choose_one() {
    List<WebElement> options = typeAndAwaitSuggestions("troupes fr");
    assertEquals("true", page.box().getAttribute("aria-expanded"));
    List<String> texts = options.stream().map(WebElement::getText).toList();
    assertTrue(texts.size() >= 2, "the test needs two completions of « fr »: " + texts);
    assertTrue(texts.stream().allMatch(t -> t.toLowerCase(Locale.FRENCH).startsWith("fr")), texts::toString);

    page.box().sendKeys(Keys.ARROW_DOWN);
    assertEquals("suggestion-0", page.box().getAttribute("aria-activedescendant"));
    assertEquals("true", options.get(0).getAttribute("aria-selected"));
    page.box().sendKeys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ARROW_UP);
    assertEquals("suggestion-1", page.box().getAttribute("aria-activedescendant"));
    assertEquals("false", options.get(0).getAttribute("aria-selected"));
    page.box().sendKeys(Keys.ENTER);
    String chosen = "troupes " + texts.get(1);
    browser.await("a search for the chosen completion", d -> chosen.equals(page.param("q")));
    page.awaitSettled();
    assertFalse(page.shown("#suggestions"));
    assertEquals("", page.error());
    assertFalse(page.hitTitles().isEmpty());
  }

  @Test
  void escape_closes_the_completions_and_keeps_what_was_typed() {
    typeAndAwaitSuggestions("kaz");
    page.box().sendKeys(Keys.ESCAPE);
    assertFalse(page.shown("#suggestions"));
    assertEquals("false", page.box().getAttribute("aria-expanded"));
    assertEquals("kaz", page.box().getAttribute("value"));
  }

  @Test
  void a_completion_can_be_chosen_with_the_mouse() {
    WebElement option = typeAndAwaitSuggestions("kaz").get(0);
    String text = option.getText();
    option.click();
    browser.await("a search for the clicked completion", d -> text.equals(page.param("q")));
    page.awaitSettled();
    assertFalse(page.hitTitles().isEmpty());
  }

  @Test
  void a_word_no_document_holds_is_named_as_ignored() {
    page.open(address()).search("frontière zzzyxq");
    assertEquals("Mot ignoré : zzzyxq (aucun document ne le contient).", page.find("#relaxed-notice").getText());
    assertFalse(page.hitTitles().isEmpty());
  }

  @Test
  void a_misspelt_word_finds_close_spellings_and_offers_a_correction() {
    page.open(address()).search("fronteire");
    assertEquals("Aucun résultat exact ; résultats pour des orthographes proches.", page.find("#relaxed-notice").getText());
    assertFalse(page.hitTitles().isEmpty());
    assertEquals("Vouliez-vous dire : frontière ?", page.find("#did-you-mean").getText());

    page.click(page.find("#did-you-mean a"));
    assertEquals("frontière", page.param("q"));
    assertFalse(page.shown("#did-you-mean"));
    assertFalse(page.shown("#relaxed-notice"));
    assertTrue(page.resultCount().startsWith(BrowserCorpus.containing("frontière").size() + " documents"));
  }

  @Test
  void words_never_found_together_give_the_documents_with_one_of_them_and_say_so() {
    page.open(address()).search("Genève Turkménistan");
    assertEquals("Aucun document ne contient tous les mots ; résultats contenant au moins un mot.",
        page.find("#relaxed-notice").getText());
    Set<String> expected = Stream.of("Genève", "Turkménistan")
        .flatMap(word -> BrowserCorpus.containing(word).stream()).map(Doc::title).collect(Collectors.toSet());
    assertEquals(expected, Set.copyOf(page.hitTitles()));
  }
}
