package fr.trouvaille.bench;

import static fr.trouvaille.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.corpus.CorpusFile;
import fr.trouvaille.corpus.CorpusScanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorporaTest {

  @TempDir Path all;
  @TempDir Path work;

  @Test
  void a_cut_takes_documents_evenly_spaced_in_id_order_as_hard_links() throws Exception {
    for (int i = 0; i < 10; i++) {
      write(all, "code-" + (i < 5 ? "a" : "b") + "/article-" + i + ".md", "# Article " + i + "\n\nTexte " + i + ".");
    }
    Path cut = work.resolve("cut");
    Corpora.cut(all, cut, 3);
    List<CorpusFile> files = new CorpusScanner().scan(cut).files();
    assertEquals(List.of("code-a/article-0.md", "code-a/article-3.md", "code-b/article-6.md"),
        files.stream().map(CorpusFile::id).toList());
    assertTrue(Files.isSameFile(files.get(2).path(), all.resolve("code-b/article-6.md")), "a link, not a copy");
  }

  @Test
  void the_growth_set_links_every_document_into_n_folders() throws Exception {
    for (int i = 0; i < 3; i++) {
      write(all, "code-a/article-" + i + ".md", "# Article " + i + "\n\nTexte " + i + ".");
    }
    Path copies = work.resolve("copies");
    Corpora.copies(all, copies, 4);
    List<CorpusFile> files = new CorpusScanner().scan(copies).files();
    assertEquals(12, files.size());
    assertEquals("copy-4/code-a/article-2.md", files.get(11).id());
    assertTrue(Files.isSameFile(files.get(11).path(), all.resolve("code-a/article-2.md")), "a link, not a copy");
  }

  @Test
  void a_cut_of_an_archive_unpacks_only_its_documents() throws Exception {
    Path codes = work.resolve("codes");
    for (int i = 0; i < 12; i++) {
      write(codes, "code-" + (i % 3) + "/article-" + i + ".md", "# Article " + i + "\n\nTexte " + i + ".");
    }
    Path archives = Files.createDirectories(work.resolve("archives"));
    Process tar = new ProcessBuilder("tar", "-czf", archives.resolve("codes-juridiques.tar.gz").toString(), "-C",
        codes.toString(), ".").start();
    assertEquals(0, tar.waitFor());
    Path cut = new Corpora(all, archives, work.resolve("out")).get("codes-10k").folder();
    assertEquals(new CorpusScanner().scan(codes).files().stream().map(CorpusFile::id).toList(),
        new CorpusScanner().scan(cut).files().stream().map(CorpusFile::id).toList());
  }

  @Test
  void the_shipped_corpus_is_used_where_it_is_and_unknown_names_are_refused() throws Exception {
    Corpora corpora = new Corpora(all, work.resolve("archives"), work);
    assertEquals(all, corpora.get("shipped").folder());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> corpora.get("codes-12k"));
    assertTrue(e.getMessage().contains("codes-10k"), e.getMessage());
  }
}
