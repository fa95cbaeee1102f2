package fr.trouvaille.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** What a person sees and does on the search page, for the browser tests (a page object). */
final class SearchPage {

  private final Browser browser;

  SearchPage(Browser browser) {
    this.browser = browser;
  }

  /** Loads {@code url} as if typed in the address bar, and waits for the page to settle. */
  SearchPage open(String url) {
    browser.driver().get(url);
    return awaitSettled();
  }

  /** Types {@code query} in the search box and presses Enter, then waits for the results. */
  SearchPage search(String query) {
    WebElement box = box();
    box.clear();
    box.sendKeys(query, Keys.ENTER);
    browser.await("q=" + query + " in the address", d -> query.equals(param("q")));
    return awaitSettled();
  }

  /** Waits until no search or document request is in flight and the visible view shows its content. */
  SearchPage awaitSettled() {
    browser.await("the view to show its content", d -> (Boolean) browser.script(
        "const $ = (id) => document.getElementById(id);"
            + "const idle = (id) => $(id).getAttribute('aria-busy') !== 'true';"
            + "if (!$('search-view').hidden) return idle('results') && ($('result-count').textContent !== '' || !$('error').hidden);"
            + "if (!$('reader').hidden) return idle('related') && $('reader-title').textContent !== 'Chargement…';"
            + "return !$('home').hidden || !$('error').hidden;"));
    return this;
  }

  WebElement box() {
    return find("#q");
  }

  WebElement find(String css) {
    return browser.driver().findElement(By.cssSelector(css));
  }

  List<WebElement> findAll(String css) {
    return browser.driver().findElements(By.cssSelector(css));
  }

  List<String> texts(String css) {
    return findAll(css).stream().map(WebElement::getText).toList();
  }

  boolean shown(String css) {
    List<WebElement> found = findAll(css);
    return !found.isEmpty() && found.get(0).isDisplayed();
  }

  /** A parameter of the current address, or null. */
  String param(String name) {
    return (String) browser.script("return new URLSearchParams(location.search).get(arguments[0])", name);
  }

  String resultCount() {
    return find("#result-count").getText();
  }

  List<String> hitTitles() {
    return texts("#results .hit-title");
  }

  String error() {
    return shown("#error") ? find("#error").getText() : "";
  }

  /** Clicks the button of the pager whose text is {@code label} ("Suivant", "Précédent", "2"…). */
  SearchPage page(String label) {
    return click(findAll("#pager button").stream().filter(b -> b.getText().equals(label)).findFirst().orElseThrow());
  }

  /** Clicks a link or button and waits for the view it leads to. */
  SearchPage click(WebElement target) {
    return navigate(target::click);
  }

  SearchPage back() {
    return navigate(() -> browser.driver().navigate().back());
  }

  SearchPage forward() {
    return navigate(() -> browser.driver().navigate().forward());
  }

  // Every view has its own address: wait for the new one, then for its content.
  private SearchPage navigate(Runnable action) {
    String before = browser.driver().getCurrentUrl();
    action.run();
    browser.await("a new address after " + before, d -> !d.getCurrentUrl().equals(before));
    return awaitSettled();
  }

  /** The reading view's "Occurrence i / n" line. */
  String matchCounter() {
    return find("#match-counter").getText();
  }

  /** The position, from 0, of the match marked as current in the reading view; -1 if none. */
  int currentMatch() {
    return ((Long) browser.script(
        "return [...document.querySelectorAll('#reader-text mark')].findIndex(m => m.classList.contains('current'))"))
        .intValue();
  }

  /** What {@code window.__xss} holds: "undefined" unless a script from a document ran. */
  String xssMarker() {
    return (String) browser.script("return String(window.__xss)");
  }
}
