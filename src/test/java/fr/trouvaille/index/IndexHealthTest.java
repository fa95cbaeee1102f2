package fr.trouvaille.index;

import static fr.trouvaille.Fixtures.reindex;
import static fr.trouvaille.Fixtures.smallCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexHealthTest {

  @TempDir Path corpus;
  @TempDir Path root;

  @Test
  void a_missing_folder_an_empty_one_and_a_good_index_have_no_problem() throws IOException {
    Path index = root.resolve("index");
    assertEquals(Optional.empty(), IndexHealth.problem(index));
    Files.createDirectories(index);
    assertEquals(Optional.empty(), IndexHealth.problem(index));
    smallCorpus(corpus);
    reindex(corpus, index);
    assertEquals(Optional.empty(), IndexHealth.problem(index));
  }

  @Test
  void a_folder_with_files_but_no_lucene_file_is_no_index_yet_not_a_damaged_one() throws IOException {
    Path index = Files.createDirectories(root.resolve("index"));
    Files.writeString(index.resolve("README.md"), "# index/");
    Files.createFile(index.resolve("write.lock"));
    assertEquals(Optional.empty(), IndexHealth.problem(index));
    Files.writeString(index.resolve("_0.si"), "x"); // a segment file without a commit point is damage
    assertTrue(IndexHealth.problem(index).orElseThrow().startsWith("no commit point (segments_N) among 1 files"));
  }

  @Test
  void a_leftover_write_lock_of_a_dead_process_is_no_problem_and_does_not_stop_a_reindex() throws IOException {
    Path index = root.resolve("index");
    smallCorpus(corpus);
    reindex(corpus, index);
    // What a killed process leaves: the file, without the operating-system lock that a live one holds.
    Files.deleteIfExists(index.resolve("write.lock"));
    Files.createFile(index.resolve("write.lock"));
    assertEquals(Optional.empty(), IndexHealth.problem(index));
    fr.trouvaille.Fixtures.write(corpus, "nouveau.txt", "Un texte de plus.");
    assertEquals(1, reindex(corpus, index).added());
  }

  @Test
  void index_files_without_a_commit_point_are_a_problem_unless_a_reindex_is_writing_them() throws Exception {
    Path index = root.resolve("index");
    smallCorpus(corpus);
    reindex(corpus, index);
    try (var files = Files.list(index)) {
      for (Path commit : files.filter(f -> f.getFileName().toString().startsWith("segments_")).toList()) {
        Files.delete(commit);
      }
    }
    assertTrue(IndexHealth.problem(index).orElseThrow().startsWith("no commit point"));
    fr.trouvaille.Fixtures.HeldReindex held = new fr.trouvaille.Fixtures.HeldReindex();
    Thread writing = fr.trouvaille.Fixtures.startHeldReindex(corpus, index, held);
    try {
      assertEquals(Optional.empty(), IndexHealth.problem(index), "a first reindex at work is left alone");
    } finally {
      held.release();
      writing.join();
    }
  }

  @Test
  void a_flipped_byte_in_stored_text_opens_and_only_the_whole_check_finds_it() throws IOException {
    Path index = root.resolve("index");
    smallCorpus(corpus);
    reindex(corpus, index);
    fr.trouvaille.Fixtures.flipStoredWord(index, "Almaty");
    assertEquals(Optional.empty(), IndexHealth.problem(index), "opening checks headers and footers, not every byte");
    assertTrue(IndexHealth.damage(index).orElseThrow().startsWith("CorruptIndexException: checksum failed"));
  }

  @Test
  void keep_copy_leaves_the_index_in_place_and_its_files_beside_it() throws IOException {
    Path index = root.resolve("index");
    smallCorpus(corpus);
    reindex(corpus, index);
    ZonedDateTime now = ZonedDateTime.of(2026, 3, 1, 12, 30, 5, 0, ZoneOffset.UTC);
    Path copy = IndexHealth.keepCopy(index, now);
    assertEquals(root.resolve("index.corrupt-20260301-123005"), copy);
    try (var kept = Files.list(copy); var original = Files.list(index)) {
      assertEquals(original.map(Path::getFileName).sorted().toList(), kept.map(Path::getFileName).sorted().toList());
    }
  }

  @Test
  void move_aside_renames_beside_and_never_overwrites() throws IOException {
    Path index = Files.createDirectories(root.resolve("index"));
    Files.writeString(index.resolve("_0.cfs"), "x");
    ZonedDateTime now = ZonedDateTime.of(2026, 3, 1, 12, 30, 5, 0, ZoneOffset.UTC);
    Path first = IndexHealth.moveAside(index, now);
    assertEquals(root.resolve("index.corrupt-20260301-123005"), first);
    assertTrue(Files.exists(first.resolve("_0.cfs")));
    assertFalse(Files.exists(index));
    Files.createDirectories(index);
    assertEquals(root.resolve("index.corrupt-20260301-123005-2"), IndexHealth.moveAside(index, now));
  }
}
