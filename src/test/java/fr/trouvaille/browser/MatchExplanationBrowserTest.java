package fr.trouvaille.browser;

import static fr.trouvaille.browser.BrowserCorpus.READER_ID;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The line under each hit that says why it matched, and the reading view's occurrence bar, in Chromium. */
class MatchExplanationBrowserTest extends BrowserTestCase {

  @Test
  void each_hit_says_in_a_discreet_line_the_form_found_and_the_word_it_lacks() {
    page.open(address()).search("troupe zzzyxq");
    List<WebElement> hits = page.findAll("#results .hit");
    assertFalse(hits.isEmpty());
    for (WebElement hit : hits) {
      String why = hit.findElement(By.cssSelector(".hit-why")).getText();
      assertTrue(why.endsWith("sans : zzzyxq"), why);
      List<String> marked = hit.findElements(By.cssSelector(".hit-snippet mark")).stream()
          .map(WebElement::getText).toList();
      if (marked.stream().anyMatch("troupes"::equals)) {
        assertTrue(why.contains("troupe → troupes"), why);
      }
    }
    assertTrue(page.texts("#results .hit-why").stream().anyMatch(w -> w.startsWith("troupe → troupes")));
  }

  @Test
  void a_hit_found_as_typed_has_no_line() {
    page.open(address()).search("frontière");
    List<WebElement> hits = page.findAll("#results .hit");
    assertFalse(hits.isEmpty());
    boolean someAsTyped = false;
    for (WebElement hit : hits) {
      List<String> marked = hit.findElements(By.cssSelector(".hit-snippet mark")).stream().map(WebElement::getText).toList();
      boolean asTyped = marked.stream().allMatch("frontière"::equalsIgnoreCase);
      List<WebElement> why = hit.findElements(By.cssSelector(".hit-why"));
      if (why.isEmpty()) {
        someAsTyped = true;
        assertTrue(asTyped, marked.toString());
      }
    }
    assertTrue(someAsTyped, "some hit holds only 'frontière' as typed");
  }

  @Test
  void the_occurrence_bar_says_why_the_match_under_the_cursor_matched() {
    page.open(address("q", "troupe", "doc", READER_ID));
    assertEquals("troupes", page.texts("#reader-text mark").get(0));
    assertTrue(page.matchCounter().matches("Occurrence 1 / \\d+ · troupe → troupes"), page.matchCounter());
  }
}
