package fr.trouvaille.browser;

import static fr.trouvaille.browser.BrowserCorpus.XSS_ID;
import static fr.trouvaille.browser.BrowserCorpus.XSS_WORD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.Fixtures;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;

/** Empty states, errors and a hostile document in Chromium: always a message in French, never a blank page. */
class EdgeCasesBrowserTest extends BrowserTestCase {

  @Test
  void a_query_without_results_says_so_and_suggests_what_to_try() {
    page.open(address()).search("zqxwvj");
    assertEquals("Aucun document ne correspond à « zqxwvj ».", page.resultCount());
    assertTrue(page.find("#results .empty").getText().startsWith("Vérifiez l'orthographe"));
    assertFalse(page.shown("#pager"));
    assertEquals("", page.error());
  }

  @Test
  void an_empty_search_asks_for_words() {
    page.open(address());
    page.box().sendKeys(" ");
    page.find("#search-form button[type=submit]").click();
    assertEquals("Saisissez un ou plusieurs mots à rechercher.", page.error());
    assertEquals("q", browser.script("return document.activeElement.id"));
  }

  @Test
  void a_bad_date_in_the_address_shows_the_server_message_in_french() {
    page.open(address("q", "troupes", "from", "2022-13"));
    assertEquals("La date de début doit être une année ou un mois, par exemple 2016 ou 2022-01 (reçu : « 2022-13 »).",
        page.error());
    assertTrue(page.findAll("#results .hit").isEmpty());
    page.click(page.find("#clear-filter"));
    assertEquals("", page.error());
    assertFalse(page.hitTitles().isEmpty());

    page.open(address("q", "troupes", "from", "2022-03", "to", "2021-01"));
    assertEquals("La date de début (2022-03) est après la date de fin (2021-01).", page.error());
  }

  @Test
  void a_bad_month_typed_in_the_form_is_kept_with_the_message_so_it_can_be_corrected() {
    page.open(address());
    page.find("#to").sendKeys("2022-1");
    page.search("troupes");
    assertTrue(page.error().startsWith("La date de fin doit être une année ou un mois"), page.error());
    assertEquals("2022-1", page.find("#to").getAttribute("value"));
    page.find("#to").sendKeys("0", Keys.ENTER);
    browser.await("the corrected search", d -> "2022-10".equals(page.param("to")));
    page.awaitSettled();
    assertEquals("", page.error());
    assertFalse(page.hitTitles().isEmpty());
  }

  @Test
  void a_page_past_the_end_offers_the_first_page() {
    page.open(address("q", "troupes", "page", "9"));
    assertTrue(page.find("#results .empty").getText().startsWith("Cette page est au-delà des résultats."));
    page.click(page.find("#results .empty a"));
    assertFalse(page.hitTitles().isEmpty());
  }

  @Test
  void a_stopped_server_gives_a_message_instead_of_a_blank_page() throws IOException {
    RunningServer doomed = RunningServer.start(index);
    page.open(doomed.url("/")).search("troupes");
    assertFalse(page.hitTitles().isEmpty());
    doomed.close();
    page.box().clear();
    page.box().sendKeys("frontière\n");
    browser.await("an error message", d -> !page.error().isEmpty());
    assertEquals("Le serveur ne répond pas. Réessayez dans un instant.", page.error());
  }

  @Test
  void a_total_the_server_stopped_counting_reads_as_a_lower_bound(@TempDir Path undated, @TempDir Path undatedIndex)
      throws IOException {
    for (int i = 0; i < 1_001; i++) { // no date: nothing to count by month, so the count stops at 1,000
      Fixtures.write(undated, String.format("notes/%04d.txt", i), "Une note sur Minsk, la numéro " + i + ".");
    }
    Fixtures.reindex(undated, undatedIndex);
    try (RunningServer many = RunningServer.start(undatedIndex)) {
      page.open(many.url("/?q=Minsk"));
      assertTrue(page.resultCount().matches("Plus de 1[\\s\\u00a0\\u202f]000 documents \\(\\d+ ms\\)"), page.resultCount());
      page.open(many.url("/?q=" + URLEncoder.encode("\"numéro 12\"", StandardCharsets.UTF_8)));
      assertTrue(page.resultCount().matches("1 document \\(\\d+ ms\\)"), page.resultCount());
    }
  }

  @Test
  void markup_in_a_document_is_shown_as_text_and_never_runs() throws Exception {
    HttpResponse<Void> home = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(address())).build(), HttpResponse.BodyHandlers.discarding());
    assertTrue(home.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));

    page.open(address()).search(XSS_WORD);
    String snippet = page.find("#results .hit-snippet").getText();
    assertTrue(snippet.contains("<b>gras</b>"), snippet);
    assertEquals(0, page.findAll("#results script, #results img, #results b").size());

    page.click(page.find("#results .hit-title"));
    assertEquals(XSS_ID, page.param("doc"));
    assertMarkupIsText();

    page.open(address("doc", XSS_ID)); // without a query: the plain text path
    assertMarkupIsText();
    assertEquals("undefined", page.xssMarker(), "no script from the document ran");
  }

  private void assertMarkupIsText() {
    String text = page.find("#reader-text").getText();
    assertTrue(text.contains("<script>window.__xss=1</script>"), text);
    assertTrue(text.contains("<img src=x onerror=\"window.__xss=2\">"), text);
    assertTrue(text.contains("<b>gras</b>"), text);
    assertEquals(0, page.findAll("#reader-text script, #reader-text img, #reader-text b").size());
    assertEquals("undefined", page.xssMarker());
  }
}
