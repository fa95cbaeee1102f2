package fr.trouvaille.index;

import static fr.trouvaille.Fixtures.reindex;
import static fr.trouvaille.Fixtures.writeBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.corpus.DocumentFiles;
import fr.trouvaille.corpus.SkipReason;
import fr.trouvaille.corpus.Skipped;
import fr.trouvaille.search.LuceneSearchEngine;
import fr.trouvaille.search.SearchRequest;
import fr.trouvaille.search.SearchResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder with a file of each format: all indexed, each found by its own word; bad files skipped with reasons; incremental reindex. */
class FormatsReindexTest {

  @TempDir Path corpus;
  @TempDir Path index;

  /** One file of each format, each with a word no other file holds. */
  static void eachFormat(Path corpus) throws IOException {
    writeBytes(corpus, "rapports/steppe.pdf", DocumentFiles.pdf("Rapport PDF", 2021, 11, List.of("Le mot pdfunique est ici.", "Suite.")));
    writeBytes(corpus, "rapports/note.docx", DocumentFiles.docx("Note Word", 2020, 2, List.of("Le mot docxunique est ici.")));
    writeBytes(corpus, "rapports/note.odt", DocumentFiles.odt("Note ODF", 2019, 7, List.of("Le mot odtunique est ici.")));
    writeBytes(corpus, "livres/livre.epub", DocumentFiles.epub("Un livre", 2018, 5, List.of("Le mot epubunique est ici.")));
    writeBytes(corpus, "web/page.html", DocumentFiles.html("Page web", 2022, 3, List.of("Le mot htmlunique est ici.")));
    writeBytes(corpus, "web/ancienne.htm", DocumentFiles.html("Page htm", 2017, 4, List.of("Le mot htmunique est ici.")));
    writeBytes(corpus, "rapports/note.rtf", DocumentFiles.rtf(List.of("Le mot rtfunique est ici.")));
    writeBytes(corpus, "textes/note.txt", " date 2022-01\n title Note texte\n\nLe mot txtunique est ici.".getBytes(StandardCharsets.UTF_8));
  }

  private static Map<String, SkipReason> reasons(ReindexReport report) {
    Map<String, SkipReason> reasons = new TreeMap<>();
    for (Skipped skipped : report.skipped()) {
      reasons.put(skipped.id(), skipped.reason());
    }
    return reasons;
  }

  @Test
  void every_format_is_indexed_and_found_by_its_own_word_with_title_and_month() throws IOException {
    eachFormat(corpus);
    ReindexReport report = reindex(corpus, index);
    assertEquals(8, report.added(), report.skipped().toString());
    try (LuceneSearchEngine engine = new LuceneSearchEngine(index)) {
      Map<String, String> expected = Map.of(
          "pdfunique", "rapports/steppe.pdf|Rapport PDF|2021-11", "docxunique", "rapports/note.docx|Note Word|2020-02",
          "odtunique", "rapports/note.odt|Note ODF|2019-07", "epubunique", "livres/livre.epub|Un livre|2018-05",
          "htmlunique", "web/page.html|Page web|2022-03", "htmunique", "web/ancienne.htm|Page htm|2017-04",
          "rtfunique", "rapports/note.rtf|Note|null", "txtunique", "textes/note.txt|Note texte|2022-01");
      expected.forEach((word, hit) -> {
        SearchResult result = engine.search(SearchRequest.of(word));
        assertEquals(1, result.total(), word);
        var found = result.hits().get(0);
        assertEquals(hit, found.id() + "|" + found.title() + "|" + found.date(), word);
      });
      assertEquals("pdf", engine.document("rapports/steppe.pdf", null).orElseThrow().format());
      assertEquals("html", engine.document("web/ancienne.htm", null).orElseThrow().format());
    }
  }

  @Test
  void bad_files_are_skipped_with_their_reason_and_nothing_else_is_lost() throws IOException {
    eachFormat(corpus);
    writeBytes(corpus, "mauvais/secret.pdf", DocumentFiles.encryptedPdf("motdepasse", List.of("Texte secret.")));
    writeBytes(corpus, "mauvais/scan.pdf", DocumentFiles.pdfWithoutText());
    byte[] pdf = DocumentFiles.pdf("T", 2021, 1, List.of("Texte."));
    writeBytes(corpus, "mauvais/tronque.pdf", java.util.Arrays.copyOf(pdf, 60));
    writeBytes(corpus, "mauvais/vide.docx", new byte[0]);
    writeBytes(corpus, "mauvais/tableur.xlsx", new byte[] {1, 2, 3});
    ReindexReport report = reindex(corpus, index);
    assertEquals(8, report.added());
    assertEquals(Map.of("mauvais/scan.pdf", SkipReason.NO_TEXT_LAYER, "mauvais/secret.pdf", SkipReason.ENCRYPTED,
        "mauvais/tronque.pdf", SkipReason.CORRUPT, "mauvais/vide.docx", SkipReason.EMPTY,
        "mauvais/tableur.xlsx", SkipReason.UNSUPPORTED_TYPE), reasons(report));
    assertTrue(report.skipped().stream().anyMatch(s -> s.toString().equals("mauvais/scan.pdf: scanned, no text: OCR is not done")),
        report.skipped().toString());
  }

  @Test
  void incremental_reindex_of_every_format_sees_changed_touched_and_deleted_files() throws IOException {
    eachFormat(corpus);
    reindex(corpus, index);
    // Touched, same bytes: unchanged, and not read again next time.
    for (String id : List.of("rapports/steppe.pdf", "rapports/note.docx", "livres/livre.epub")) {
      Files.setLastModifiedTime(corpus.resolve(id), FileTime.fromMillis(System.currentTimeMillis()));
    }
    ReindexReport touched = reindex(corpus, index);
    assertEquals(List.of(0, 0, 0, 8), List.of(touched.added(), touched.updated(), touched.deleted(), touched.unchanged()));
    // Changed and deleted.
    writeBytes(corpus, "rapports/steppe.pdf", DocumentFiles.pdf("Rapport revu", 2021, 12, List.of("Le mot pdfnouveau est ici.")));
    writeBytes(corpus, "web/page.html", DocumentFiles.html("Page revue", 2022, 4, List.of("Le mot htmlnouveau est ici.")));
    Files.delete(corpus.resolve("rapports/note.odt"));
    ReindexReport changed = reindex(corpus, index);
    assertEquals(List.of(0, 2, 1, 5), List.of(changed.added(), changed.updated(), changed.deleted(), changed.unchanged()));
    try (LuceneSearchEngine engine = new LuceneSearchEngine(index)) {
      assertEquals(0, engine.search(SearchRequest.of("pdfunique")).total());
      assertEquals("Rapport revu", engine.search(SearchRequest.of("pdfnouveau")).hits().get(0).title());
      assertEquals(1, engine.search(SearchRequest.of("htmlnouveau")).total());
      assertEquals(0, engine.search(SearchRequest.of("odtunique")).total());
      assertEquals(7, engine.documentCount());
    }
  }

  @Test
  void an_index_of_older_fields_is_rebuilt_by_the_next_reindex_so_unchanged_files_get_their_folder() throws IOException {
    eachFormat(corpus);
    reindex(corpus, index);
    // As an index written before the folder field: its commit has no fields version.
    try (var dir = org.apache.lucene.store.FSDirectory.open(index);
        var writer = new org.apache.lucene.index.IndexWriter(dir, new org.apache.lucene.index.IndexWriterConfig()
            .setOpenMode(org.apache.lucene.index.IndexWriterConfig.OpenMode.APPEND)
            .setCodec(new UncompressedStoredFieldsCodec()))) {
      writer.setLiveCommitData(Map.of("trouvaille.reindexedAt", "2026-01-01T00:00:00Z").entrySet());
      writer.commit();
    }
    ReindexReport first = reindex(corpus, index); // every file read again, though none changed
    assertEquals(List.of(8, 8), List.of(first.added(), first.documents()), "no duplicates");
    ReindexReport again = reindex(corpus, index); // current version: incremental as usual
    assertEquals(List.of(0, 0, 8), List.of(again.added(), again.updated(), again.unchanged()));
  }
}
