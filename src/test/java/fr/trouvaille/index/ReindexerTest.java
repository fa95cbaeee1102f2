package fr.trouvaille.index;

import static fr.trouvaille.Fixtures.reindex;
import static fr.trouvaille.Fixtures.write;
import static fr.trouvaille.Fixtures.writeBytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.Fixtures;
import fr.trouvaille.corpus.SkipReason;
import fr.trouvaille.corpus.Skipped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReindexerTest {

  @TempDir Path corpus;
  @TempDir Path index;

  /** The ids in the last commit, sorted, each with its title. */
  private List<String> indexed() throws IOException {
    try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      StoredFields stored = searcher.storedFields();
      List<String> ids = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(new MatchAllDocsQuery(), 1000).scoreDocs) {
        ids.add(stored.document(hit.doc).get(IndexFields.ID) + "=" + stored.document(hit.doc).get(IndexFields.TITLE));
      }
      ids.sort(null);
      return ids;
    }
  }

  @Test
  void first_run_adds_every_document() throws IOException {
    write(corpus, "a.txt", " date 2022-01\n title Alpha\n\nTexte A.");
    write(corpus, "sub/b.md", "Texte B.");
    ReindexReport report = reindex(corpus, index);
    assertEquals(2, report.added());
    assertEquals(2, report.documents());
    assertEquals(List.of("a.txt=Alpha", "sub/b.md=Texte B."), indexed());
  }

  @Test
  void second_run_with_nothing_changed_changes_nothing_and_duplicates_nothing() throws IOException {
    write(corpus, "a.txt", "Texte A.");
    write(corpus, "b.txt", "Texte B.");
    reindex(corpus, index);
    ReindexReport again = reindex(corpus, index);
    assertEquals(0, again.added() + again.updated() + again.deleted());
    assertEquals(2, again.unchanged());
    assertEquals(List.of("a.txt=Texte A.", "b.txt=Texte B."), indexed());
  }

  @Test
  void changed_file_is_updated_and_removed_file_deleted() throws IOException {
    write(corpus, "a.txt", "Ancien titre.");
    write(corpus, "b.txt", "Texte B.");
    reindex(corpus, index);
    write(corpus, "a.txt", "Nouveau titre.");
    Files.delete(corpus.resolve("b.txt"));
    write(corpus, "c.txt", "Texte C.");
    ReindexReport report = reindex(corpus, index);
    assertEquals(List.of(1, 1, 1, 0), List.of(report.added(), report.updated(), report.deleted(), report.unchanged()));
    assertEquals(List.of("a.txt=Nouveau titre.", "c.txt=Texte C."), indexed());
  }

  @Test
  void touched_but_identical_file_is_not_reindexed_and_not_read_again() throws IOException {
    Path a = write(corpus, "a.txt", "Texte A.");
    reindex(corpus, index);
    Files.setLastModifiedTime(a, FileTime.fromMillis(Files.getLastModifiedTime(a).toMillis() + 60_000));
    ReindexReport touched = reindex(corpus, index);
    assertEquals(1, touched.unchanged());
    assertEquals(8, touched.bytesRead(), "read once to compare its hash");
    ReindexReport again = reindex(corpus, index);
    assertEquals(0, again.bytesRead(), "its new time was remembered");
  }

  @Test
  void unreadable_files_are_skipped_with_a_reason_and_their_old_version_removed() throws IOException {
    write(corpus, "ok.txt", "Texte.");
    write(corpus, "latin1.txt", "Texte valide au début.");
    reindex(corpus, index);
    writeBytes(corpus, "latin1.txt", "Un été".getBytes(StandardCharsets.ISO_8859_1));
    writeBytes(corpus, "image.txt", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0});
    write(corpus, "vide.txt", "");
    ReindexReport report = reindex(corpus, index);
    assertEquals(List.of("image.txt", "latin1.txt", "vide.txt"), report.skipped().stream().map(Skipped::id).toList());
    assertEquals(List.of(SkipReason.BINARY, SkipReason.INVALID_UTF8, SkipReason.EMPTY),
        report.skipped().stream().map(Skipped::reason).toList());
    assertEquals(1, report.deleted());
    assertEquals(List.of("ok.txt=Texte."), indexed());
  }

  @Test
  void file_over_the_size_limit_is_skipped_without_being_read() throws Exception {
    write(corpus, "petit.txt", "Court.");
    write(corpus, "gros.txt", "x".repeat(2000));
    ReindexReport report = new Reindexer(1000, 1)
        .reindex(corpus, index, false, ReindexListener.NONE);
    assertEquals(List.of(new Skipped("gros.txt", SkipReason.TOO_LARGE, "2000 bytes, limit 1000")), report.skipped());
    assertEquals(6, report.bytesRead());
  }

  @Test
  void full_rebuild_reindexes_everything() throws Exception {
    write(corpus, "a.txt", "Texte A.");
    reindex(corpus, index);
    ReindexReport full = new Reindexer().reindex(corpus, index, true, ReindexListener.NONE);
    assertEquals(1, full.added());
    assertEquals(List.of("a.txt=Texte A."), indexed());
  }

  @Test
  void reindex_that_fails_midway_leaves_the_previous_commit_and_the_next_one_succeeds() throws Exception {
    for (int i = 0; i < 20; i++) {
      write(corpus, "doc" + i + ".txt", "Version un, document " + i + ".");
    }
    reindex(corpus, index);
    List<String> before = indexed();
    for (int i = 0; i < 20; i++) {
      write(corpus, "doc" + i + ".txt", "Version deux, document " + i + ".");
    }
    Files.delete(corpus.resolve("doc0.txt"));
    ReindexListener crash = new ReindexListener() {
      @Override
      public void fileDone(String id) {
        if (id.equals("doc15.txt")) {
          throw new IllegalStateException("simulated crash");
        }
      }
    };
    Reindexer reindexer = new Reindexer(Reindexer.DEFAULT_MAX_FILE_BYTES, 1);
    assertThrows(IOException.class, () -> reindexer.reindex(corpus, index, false, crash));
    assertEquals(before, indexed(), "nothing of the failed run is visible");
    ReindexReport next = reindex(corpus, index);
    assertEquals(19, next.updated());
    assertEquals(1, next.deleted());
    assertTrue(indexed().stream().allMatch(s -> s.contains("Version deux")), indexed().toString());
  }

  @Test
  void second_reindex_while_one_runs_is_refused_with_a_clear_message() throws Exception {
    write(corpus, "a.txt", "Texte A.");
    write(corpus, "b.txt", "Texte B.");
    Fixtures.HeldReindex held = new Fixtures.HeldReindex();
    Thread first = Fixtures.startHeldReindex(corpus, index, held);
    Reindexer reindexer = new Reindexer();
    ReindexInProgressException refused = assertThrows(ReindexInProgressException.class,
        () -> reindexer.reindex(corpus, index, false, ReindexListener.NONE));
    assertTrue(refused.getMessage().startsWith("Another reindex is running"), refused.getMessage());
    held.release();
    first.join();
    assertEquals(2, indexed().size());
  }

  @Test
  void ids_are_keywords_so_a_path_is_found_exactly() throws IOException {
    write(corpus, "a b/é.txt", "Texte.");
    reindex(corpus, index);
    try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      assertEquals(1, new IndexSearcher(reader).count(KeywordField.newExactQuery(IndexFields.ID, "a b/é.txt")));
    }
  }

  @Test
  void the_index_keeps_the_words_as_written_only_in_the_forms_field() throws IOException {
    write(corpus, "a.txt", " title Les Troupes\n\nLe retrait de l’État.");
    reindex(corpus, index);
    try (FSDirectory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      FieldInfos fields = FieldInfos.getMergedFieldInfos(reader);
      assertNull(fields.fieldInfo(IndexFields.WORDS), "no words field: spelling reads the forms");
      assertEquals(IndexOptions.DOCS, fields.fieldInfo(IndexFields.FORMS).getIndexOptions());
      List<String> keys = new ArrayList<>();
      TermsEnum terms = MultiTerms.getTerms(reader, IndexFields.FORMS).iterator();
      for (BytesRef key = terms.next(); key != null; key = terms.next()) {
        keys.add(key.utf8ToString());
      }
      // In byte order: the separator sorts after the letters, so les| comes before le|.
      assertEquals(List.of("de|de", "etat|État", "les|Les", "le|Le", "retrait|retrait", "troupes|Troupes"), keys);
    }
  }
}
