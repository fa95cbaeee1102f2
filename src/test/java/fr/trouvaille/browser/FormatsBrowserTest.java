package fr.trouvaille.browser;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.Fixtures;
import fr.trouvaille.corpus.DocumentFiles;
import fr.trouvaille.corpus.OriginalFiles;
import fr.trouvaille.search.LuceneSearchEngine;
import fr.trouvaille.web.WebOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/** A PDF's reading view and its original file, and the Dossier facet, in Chromium. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(ChromiumCondition.class)
class FormatsBrowserTest {

  private static final List<String> PDF_TEXT = List.of(
      "Le rapport décrit la steppe kazakhe et ses troupeaux.", "Il conclut sur les transhumances.");

  private Path downloads;
  private byte[] pdf;
  private Browser browser;
  private RunningServer server;
  private SearchPage page;

  @BeforeAll
  void start(@TempDir Path root) throws IOException {
    Path corpus = root.resolve("corpus");
    pdf = DocumentFiles.pdf("Rapport sur la steppe", 2021, 11, PDF_TEXT);
    Fixtures.writeBytes(corpus, "rapports/steppe.pdf", pdf);
    Fixtures.write(corpus, "kazakhstan/steppe.txt", " date 2022-01\n title La steppe en hiver\n\nLa steppe gèle en janvier.");
    Fixtures.write(corpus, "kazakhstan/nomades.txt", " date 2022-02\n title Nomades\n\nLes nomades de la steppe.");
    Fixtures.reindex(corpus, root.resolve("index"));
    server = RunningServer.start(new LuceneSearchEngine(root.resolve("index")),
        WebOptions.defaults().withOriginals(new OriginalFiles(corpus)));
    browser = Browser.start(root.resolve("profile"));
    downloads = Files.createDirectories(root.resolve("downloads"));
    ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
        Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    page = new SearchPage(browser);
  }

  @AfterAll
  void stop() throws IOException {
    try (Browser b = browser; RunningServer s = server) {
      // both closed, even if one fails
    }
  }

  private String url(String pathAndQuery) {
    return server.url(pathAndQuery);
  }

  @Test
  void a_pdf_opens_as_text_and_its_link_downloads_the_original() throws Exception {
    page.open(url("/?q=transhumances"));
    assertEquals(List.of("Rapport sur la steppe"), page.hitTitles());
    page.click(page.find("#results .hit-title"));
    assertEquals("Rapport sur la steppe", page.find("#reader-title").getText());
    assertEquals("novembre 2021", page.find("#reader-date").getText());
    String text = page.find("#reader-text").getText();
    assertTrue(text.contains(PDF_TEXT.get(0)) && text.contains(PDF_TEXT.get(1)), text);
    assertEquals(List.of("transhumances"), page.texts("#reader-text mark"));

    var link = page.find("#reader-original");
    assertTrue(link.isDisplayed());
    assertEquals("Fichier d'origine (PDF)", link.getText());
    assertTrue(link.getAttribute("href").endsWith("/api/documents/rapports/steppe.pdf/original"), link.getAttribute("href"));
    link.click();
    Path saved = downloads.resolve("steppe.pdf");
    browser.await("the original to be downloaded", d -> Files.exists(saved) && sameBytes(saved));
    assertArrayEquals(pdf, Files.readAllBytes(saved));
    browser.screenshot("reader-pdf.png", Browser.DESKTOP.width);
  }

  private boolean sameBytes(Path file) {
    try {
      return java.util.Arrays.equals(pdf, Files.readAllBytes(file));
    } catch (IOException e) {
      return false;
    }
  }

  @Test
  void the_folder_facet_filters_and_keeps_the_other_folders() {
    page.open(url("/?q=steppe"));
    assertEquals(List.of("kazakhstan 2", "rapports 1"), page.texts("#facet-folder .facet").stream()
        .map(t -> t.replaceAll("\\s+", " ")).toList());
    page.click(page.findAll("#facet-folder .facet").get(1));
    assertEquals("rapports", page.param("folder"));
    assertEquals(List.of("Rapport sur la steppe"), page.hitTitles());
    assertEquals(2, page.findAll("#facet-folder .facet").size(), "the other folder stays visible");
    assertEquals("true", page.findAll("#facet-folder .facet").get(1).getAttribute("aria-current"));
    assertTrue(page.find("#active-folder").isDisplayed());
    browser.screenshot("folder-facet.png", Browser.DESKTOP.width);
    page.click(page.find("#clear-folder"));
    assertEquals(null, page.param("folder"));
    assertEquals(3, page.hitTitles().size());
    assertFalse(page.find("#active-folder").isDisplayed());
  }
}
