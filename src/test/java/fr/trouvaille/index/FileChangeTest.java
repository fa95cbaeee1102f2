package fr.trouvaille.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.Fixtures;
import fr.trouvaille.corpus.CorpusFile;
import fr.trouvaille.corpus.DocumentParser;
import fr.trouvaille.corpus.SkipReason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileChangeTest {

  private static final DocumentParser PARSER = new DocumentParser();

  @TempDir Path corpus;

  private CorpusFile file(String id, String content) throws IOException {
    Path path = Fixtures.write(corpus, id, content);
    return new CorpusFile(id, path, Files.size(path), Files.getLastModifiedTime(path).toMillis());
  }

  private static FileStamp stampOf(String content, long time) {
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    return new FileStamp(bytes.length, time, Hashes.sha256(bytes));
  }

  @Test
  void a_new_file_is_a_new_document_and_a_changed_one_an_update() throws IOException {
    CorpusFile file = file("a.txt", "Les troupes.");
    FileChange.Changed added = assertInstanceOf(FileChange.Changed.class, FileChange.of(file, null, 1000, PARSER));
    assertTrue(added.isNew());
    assertEquals("Les troupes.", added.document().text());
    FileChange.Changed updated = assertInstanceOf(FileChange.Changed.class,
        FileChange.of(file, stampOf("Autre chose.", 1), 1000, PARSER));
    assertFalse(updated.isNew());
  }

  @Test
  void same_size_and_time_is_unchanged_and_same_content_only_touched() throws IOException {
    CorpusFile file = file("a.txt", "Les troupes.");
    FileStamp same = new FileStamp(file.size(), file.modifiedMillis(), "not read");
    assertEquals(new FileChange.Unchanged(same, false), FileChange.of(file, same, 1000, PARSER));
    FileChange.Unchanged touched = assertInstanceOf(FileChange.Unchanged.class,
        FileChange.of(file, stampOf("Les troupes.", 1), 1000, PARSER));
    assertTrue(touched.touched());
    assertEquals(file.modifiedMillis(), touched.stamp().modifiedMillis());
  }

  @Test
  void large_missing_and_binary_files_are_skipped_with_a_reason() throws IOException {
    CorpusFile file = file("a.txt", "Les troupes.");
    assertEquals(SkipReason.TOO_LARGE, ((FileChange.Skip) FileChange.of(file, null, 3, PARSER)).reason());
    Files.delete(file.path());
    assertEquals(SkipReason.UNREADABLE, ((FileChange.Skip) FileChange.of(file, null, 1000, PARSER)).reason());
    Path binary = Fixtures.writeBytes(corpus, "b.txt", new byte[] {1, 0, 2});
    CorpusFile bin = new CorpusFile("b.txt", binary, 3, Files.getLastModifiedTime(binary).toMillis());
    assertInstanceOf(FileChange.Skip.class, FileChange.of(bin, null, 1000, PARSER));
  }
}
