package fr.trouvaille.corpus;

import static fr.trouvaille.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusScannerTest {

  @TempDir Path corpus;

  @Test
  void lists_txt_and_md_files_at_any_depth_sorted_by_id() throws IOException {
    write(corpus, "b.txt", "b");
    write(corpus, "a/deep/er/c.md", "c");
    write(corpus, "a/d.TXT", "d");
    CorpusScan scan = new CorpusScanner().scan(corpus);
    assertEquals(List.of("a/d.TXT", "a/deep/er/c.md", "b.txt"), scan.files().stream().map(CorpusFile::id).toList());
    assertEquals(1, scan.files().get(2).size());
  }

  @Test
  void leaves_out_hidden_files_and_the_corpus_readme_and_synonyms() throws IOException {
    write(corpus, ".cache/x.txt", "x");
    write(corpus, ".hidden.txt", "x");
    write(corpus, "README.md", "about the corpus");
    write(corpus, "synonyms.txt", "OTSC, ODKB");
    write(corpus, "sub/README.md", "a document like any other");
    CorpusScan scan = new CorpusScanner().scan(corpus);
    assertEquals(List.of("sub/README.md"), scan.files().stream().map(CorpusFile::id).toList());
    assertEquals(List.of(), scan.skipped());
  }

  @Test
  void reports_other_file_types_and_symbolic_links_as_skipped(@TempDir Path outside) throws IOException {
    write(corpus, "tableur.xls", "%PDF");
    Path secret = write(outside, "secret.txt", "hors du corpus");
    Files.createSymbolicLink(corpus.resolve("lien.txt"), secret);
    CorpusScan scan = new CorpusScanner().scan(corpus);
    assertEquals(List.of(), scan.files());
    assertEquals(List.of(new Skipped("lien.txt", SkipReason.SYMLINK, null), new Skipped("tableur.xls", SkipReason.UNSUPPORTED_TYPE, null)),
        scan.skipped());
  }

  @Test
  void a_missing_corpus_folder_is_an_error() {
    assertThrows(NoSuchFileException.class, () -> new CorpusScanner().scan(corpus.resolve("absent")));
  }
}
