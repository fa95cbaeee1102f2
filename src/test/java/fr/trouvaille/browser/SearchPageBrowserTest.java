package fr.trouvaille.browser;

import static fr.trouvaille.browser.BrowserCorpus.PAGED_WORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.browser.BrowserCorpus.Doc;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/** Searching, paging, filtering by date and navigating results in Chromium, as a person would. */
class SearchPageBrowserTest extends BrowserTestCase {

  @Test
  void typing_a_query_shows_results_with_marked_words_the_total_and_the_time() {
    page.open(address());
    assertEquals("q", browser.script("return document.activeElement.id"), "the search box has the focus");
    page.search("troupe");
    List<Doc> expected = BrowserCorpus.containing("troupe");
    assertTrue(page.resultCount().matches(expected.size() + " documents \\(\\d+ ms\\)"), page.resultCount());
    assertEquals(expected.stream().map(Doc::title).collect(Collectors.toSet()), Set.copyOf(page.hitTitles()));
    List<String> marked = page.texts("#results .hit-snippet mark");
    assertFalse(marked.isEmpty());
    assertTrue(marked.stream().allMatch(m -> m.matches("(?i)troupes?")), marked::toString);
    assertEquals("troupe — Trouvaille", browser.driver().getTitle());
    assertEquals("q", browser.script("return document.activeElement.id"), "the box keeps the focus");
  }

  @Test
  void the_pager_moves_forward_and_back_and_the_address_keeps_the_page() {
    page.open(address()).search(PAGED_WORD);
    List<String> first = page.hitTitles();
    assertEquals(10, first.size());
    assertFalse(page.find("#pager button.prev").isEnabled());
    page.page("Suivant");
    assertEquals("2", page.param("page"));
    List<String> second = page.hitTitles();
    assertEquals(BrowserCorpus.containing(PAGED_WORD).size() - 10, second.size());
    Set<String> all = new HashSet<>(first);
    all.addAll(second);
    assertEquals(BrowserCorpus.containing(PAGED_WORD).size(), all.size(), "no document on both pages");
    assertFalse(page.find("#pager button.next").isEnabled());
    page.page("Précédent");
    assertNull(page.param("page"));
    assertEquals(first, page.hitTitles());
  }

  @Test
  void a_date_facet_filters_the_results_and_the_filter_can_be_cleared() {
    page.open(address()).search(PAGED_WORD);
    String total = page.resultCount().replaceAll(" \\(.*", "");
    Map<String, Long> months = BrowserCorpus.containing(PAGED_WORD).stream()
        .collect(Collectors.groupingBy(Doc::month, TreeMap::new, Collectors.counting()));
    List<String> facets = facetLabels();
    assertEquals(months.size(), facets.size(), facets::toString);
    assertTrue(facets.contains("janvier 2022 : " + months.get("2022-01") + " documents"), facets::toString);

    page.click(facet("janvier 2022"));
    assertEquals("2022-01", page.param("from"));
    assertEquals("2022-01", page.param("to"));
    assertEquals(months.get("2022-01").intValue(), page.hitTitles().size());
    assertTrue(page.texts("#results .hit-date").stream().allMatch("janvier 2022"::equals));
    assertEquals("Filtre : janvier 2022", page.find("#active-filter-label").getText());
    assertEquals("true", facet("janvier 2022").getAttribute("aria-current"));
    assertEquals(months.size(), page.findAll("#facet-date .facet").size(), "the other months stay visible");

    page.click(page.find("#clear-filter"));
    assertNull(page.param("from"));
    assertFalse(page.shown("#active-filter"));
    assertEquals(total, page.resultCount().replaceAll(" \\(.*", ""));
  }

  @Test
  void months_typed_in_the_form_filter_the_results() {
    page.open(address());
    page.find("#from").sendKeys("2021-12");
    page.find("#to").sendKeys("2022-01");
    page.search(PAGED_WORD);
    assertEquals("2021-12", page.param("from"));
    assertEquals("2022-01", page.param("to"));
    long expected = BrowserCorpus.containing(PAGED_WORD).stream()
        .filter(d -> d.month().equals("2021-12") || d.month().equals("2022-01")).count();
    assertEquals(expected, page.hitTitles().size());
    assertTrue(Set.of("décembre 2021", "janvier 2022").containsAll(page.texts("#results .hit-date")));
    assertEquals("Filtre : de décembre 2021 à janvier 2022", page.find("#active-filter-label").getText());
  }

  @Test
  void over_twelve_months_the_facet_lists_years_and_a_chosen_year_opens_onto_its_months() {
    page.open(address()).search(BrowserCorpus.MONTHLY_WORD);
    Map<String, Long> years = BrowserCorpus.containing(BrowserCorpus.MONTHLY_WORD).stream()
        .collect(Collectors.groupingBy(d -> d.month().substring(0, 4), TreeMap::new, Collectors.counting()));
    assertEquals(years.keySet().stream().map(y -> y + " : " + years.get(y) + " documents").toList(), facetLabels());

    page.click(facet("2020"));
    assertEquals("2020-01", page.param("from"));
    assertEquals("2020-12", page.param("to"));
    assertEquals("Filtre : année 2020", page.find("#active-filter-label").getText());
    assertEquals(years.get("2020").intValue(), page.findAll("#facet-date .sub .facet").size(), "the months of 2020");
    assertEquals(10, page.hitTitles().size());

    page.click(facet("mars 2020"));
    assertEquals("2020-03", page.param("from"));
    assertEquals(List.of("Chronique du mois 2020-03"), page.hitTitles());
    assertEquals("true", facet("mars 2020").getAttribute("aria-current"));
    assertTrue(facetLabels().contains("2021 : " + years.get("2021") + " documents"), "the other years stay listed");
  }

  private List<String> facetLabels() {
    return page.findAll("#facet-date .facet").stream().map(f -> f.getAttribute("aria-label")).toList();
  }

  private WebElement facet(String label) {
    return page.findAll("#facet-date .facet").stream()
        .filter(f -> f.getAttribute("aria-label").startsWith(label + " : ")).findFirst().orElseThrow();
  }

  @Test
  void back_and_forward_buttons_restore_each_view() {
    page.open(address()).search("troupes");
    List<String> troupes = page.hitTitles();
    page.search(PAGED_WORD);
    List<String> firstPage = page.hitTitles();
    page.page("Suivant");
    List<String> secondPage = page.hitTitles();
    String title = secondPage.get(0);
    page.click(page.find("#results .hit-title"));
    assertEquals(title, page.find("#reader-title").getText());

    page.back();
    assertEquals(secondPage, page.hitTitles());
    assertEquals(PAGED_WORD, page.box().getAttribute("value"));
    page.back();
    assertEquals(firstPage, page.hitTitles());
    page.back();
    assertEquals(troupes, page.hitTitles());
    assertEquals("troupes", page.box().getAttribute("value"));
    page.forward().forward().forward();
    assertTrue(page.shown("#reader"));
    assertEquals(title, page.find("#reader-title").getText());
  }

  @Test
  void a_bookmarked_address_shows_the_same_view() {
    page.open(address()).search(PAGED_WORD);
    page.click(page.findAll("#facet-date .facet").get(0));
    String bookmark = browser.driver().getCurrentUrl();
    List<String> titles = page.hitTitles();
    String filter = page.find("#active-filter-label").getText();

    page.open(address());
    assertTrue(page.shown("#home"));
    page.open(bookmark);
    assertEquals(titles, page.hitTitles());
    assertEquals(filter, page.find("#active-filter-label").getText());
    assertEquals(PAGED_WORD, page.box().getAttribute("value"));
    assertEquals(page.param("from"), page.find("#from").getAttribute("value"));
  }

  @Test
  void the_results_page_fits_a_desktop_and_a_phone_screen() {
    page.open(address()).search(PAGED_WORD);
    browser.screenshot("results.png", Browser.DESKTOP.width);
    browser.resize(Browser.PHONE);
    try {
      assertEquals(Browser.PHONE.width, browser.viewportWidth());
      assertTrue((Boolean) browser.script(
          "const e = document.documentElement; return e.scrollWidth <= e.clientWidth"), "nothing sticks out sideways");
      browser.screenshot("results-phone.png", Browser.PHONE.width);
    } finally {
      browser.resize(Browser.DESKTOP);
    }
  }
}
