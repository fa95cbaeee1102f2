package fr.trouvaille.browser;

import static fr.trouvaille.browser.BrowserCorpus.READER_ID;
import static fr.trouvaille.browser.BrowserCorpus.READER_WORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.browser.BrowserCorpus.Doc;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The reading view in Chromium: one whole document, its matches, related documents, the way back. */
class ReaderBrowserTest extends BrowserTestCase {

  private static final Doc READ = BrowserCorpus.byId(READER_ID);

  /** How many times the word (or its plural) is written in the document's text. */
  private static int occurrences(Doc doc, String word) {
    return (int) Pattern.compile("(?iu)\\b" + word.replaceAll("s$", "") + "s?\\b").matcher(doc.body()).results().count();
  }

  private void openReaderFromResults() {
    page.open(address()).search(READER_WORD);
    WebElement hit = page.findAll("#results .hit").stream()
        .filter(h -> h.getText().contains(READER_ID)).findFirst().orElseThrow();
    page.click(hit.findElement(By.cssSelector(".hit-title")));
  }

  @Test
  void a_result_opens_the_whole_text_with_every_match_marked() {
    openReaderFromResults();
    assertEquals(READER_ID, page.param("doc"));
    assertEquals(READ.title(), page.find("#reader-title").getText());
    assertEquals("reader-title", browser.script("return document.activeElement.id"), "focus on the title");
    assertEquals("janvier 2022", page.find("#reader-date").getText());
    assertEquals(READER_ID, page.find("#reader-id").getText());
    assertEquals(READ.body().replaceAll("\\s+", " "), page.find("#reader-text").getText().replaceAll("\\s+", " "));
    int expected = occurrences(READ, READER_WORD);
    List<String> marks = page.texts("#reader-text mark");
    assertEquals(expected, marks.size(), marks::toString);
    assertTrue(marks.stream().allMatch(m -> m.equalsIgnoreCase(READER_WORD)), marks::toString);
    assertEquals("Occurrence 1 / " + expected, page.matchCounter());
    assertEquals(0, page.currentMatch());
    browser.screenshot("reader.png", Browser.DESKTOP.width);
  }

  @Test
  void the_buttons_and_the_n_and_p_keys_jump_between_matches() {
    page.open(address("q", READER_WORD, "doc", READER_ID));
    int count = occurrences(READ, READER_WORD);
    assertTrue(count >= 3, "the test needs at least three matches");
    page.find("#next-match").click();
    assertMatch(1, count);
    keys("n");
    assertMatch(2, count);
    keys("p");
    assertMatch(1, count);
    page.find("#prev-match").click();
    assertMatch(0, count);
    keys("p");
    assertMatch(count - 1, count); // wraps around to the last one

    page.box().click();
    page.box().sendKeys("n");
    assertMatch(count - 1, count); // a key typed in the search box is text, not a jump
  }

  private void keys(String keys) {
    new Actions(browser.driver()).sendKeys(keys).perform();
  }

  private void assertMatch(int index, int count) {
    assertEquals("Occurrence " + (index + 1) + " / " + count, page.matchCounter());
    assertEquals(index, page.currentMatch());
    // Waits for the smooth scroll to bring the current match on screen.
    browser.await("the current match on screen", d -> (Boolean) browser.script(
        "const r = document.querySelector('#reader-text mark.current').getBoundingClientRect();"
            + "return r.top >= 0 && r.bottom <= window.innerHeight"));
  }

  @Test
  void the_back_link_returns_to_the_same_results() {
    page.open(address()).search(READER_WORD);
    List<String> titles = page.hitTitles();
    page.click(page.find("#results .hit-title"));
    page.click(page.find("#back-to-results"));
    assertNull(page.param("doc"));
    assertEquals(titles, page.hitTitles());

    // Opened from a bookmark, there is no history to go back to: the link leads to the results anyway.
    page.open(address("q", READER_WORD, "doc", READER_ID));
    assertEquals("← Retour aux résultats", page.find("#back-to-results").getText());
    page.click(page.find("#back-to-results"));
    assertEquals(READER_WORD, page.param("q"));
    assertEquals(titles, page.hitTitles());
  }

  @Test
  void a_document_opened_without_a_query_shows_its_text_and_leads_home() {
    page.open(address("doc", READER_ID));
    assertEquals(READ.title(), page.find("#reader-title").getText());
    assertTrue(page.findAll("#reader-text mark").isEmpty());
    assertFalse(page.shown("#match-tools"));
    assertEquals("← Retour à l'accueil", page.find("#back-to-results").getText());
  }

  @Test
  void an_unknown_document_says_so_in_french() {
    page.open(address("q", "troupes", "doc", "nulle/part.txt"));
    assertEquals("Document introuvable", page.find("#reader-title").getText());
    assertEquals("Ce document n'existe pas (ou plus).", page.error());
  }

  @Test
  void related_documents_are_listed_beside_the_text_and_open() {
    page.open(address("q", READER_WORD, "doc", READER_ID));
    assertTrue(page.shown("#related"), "the related documents are shown");
    List<WebElement> links = page.findAll("#related-list a");
    assertFalse(links.isEmpty());
    assertFalse(page.texts("#related-list a").contains(READ.title()), "a document is not related to itself");
    String title = links.get(0).getText();
    page.click(links.get(0));
    assertNotEquals(READER_ID, page.param("doc"));
    assertEquals(title, page.find("#reader-title").getText());
  }
}
