package fr.trouvaille.cli;

import static fr.trouvaille.Fixtures.reindex;
import static fr.trouvaille.Fixtures.smallCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.Http;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A server started on an index Lucene cannot read reports it, keeps the copy aside and rebuilds: at
 * start when the index does not open, in the background once it answers when only the checksums of
 * the data files show the damage.
 */
class CorruptIndexTest {

  @TempDir Path corpus;
  @TempDir Path root;

  /** Damage a disk or an operator can do to an index. */
  enum Damage {
    TRUNCATED_DATA_FILE, FLIPPED_BYTES, EMPTY_COMMIT_POINT, MISSING_SEGMENT_INFO, MISSING_COMMIT_POINT,
    /** The index opens; only the checksums, verified in the background, show it. */
    FLIPPED_STORED_TEXT;

    void apply(Path index) throws IOException {
      switch (this) {
        case TRUNCATED_DATA_FILE -> truncate(largest(index), 0.5);
        case FLIPPED_BYTES -> flipMiddleByte(largest(index));
        case EMPTY_COMMIT_POINT -> truncate(first(index, n -> n.startsWith("segments_")), 0);
        case MISSING_SEGMENT_INFO -> Files.delete(first(index, n -> n.endsWith(".si")));
        case MISSING_COMMIT_POINT -> Files.delete(first(index, n -> n.startsWith("segments_")));
        case FLIPPED_STORED_TEXT -> fr.trouvaille.Fixtures.flipStoredWord(index, "troupes");
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Damage.class)
  void unreadable_index_is_moved_aside_reported_and_rebuilt(Damage damage) throws Exception {
    smallCorpus(corpus);
    Path index = root.resolve("index");
    reindex(corpus, index);
    List<String> before = names(index);
    damage.apply(index);
    StringWriter out = new StringWriter();
    try (Service service = Service.start(corpus, index, "127.0.0.1", 0, new PrintWriter(out))) {
      assertEquals(4, new Http(service.port()).get("/health").json().get("documents").asInt());
      awaitRebuilt(out);
      assertTrue(out.toString().startsWith("The index in " + index + " cannot be read ("), out.toString());
      assertEquals(3, new Http(service.port()).get("/api/search?q=troupes").json().get("total").asInt(), "searchable");
    }
    List<Path> aside;
    try (var siblings = Files.list(root)) {
      aside = siblings.filter(p -> p.getFileName().toString().startsWith("index.corrupt-")).toList();
    }
    assertEquals(1, aside.size());
    assertTrue(out.toString().contains("moved to " + aside.get(0)) || out.toString().contains("kept in " + aside.get(0)),
        out.toString());
    List<String> kept = names(aside.get(0));
    assertTrue(before.containsAll(kept) && kept.size() >= before.size() - 1, "kept, not deleted: " + kept);
  }

  // Damage that opening the index shows is repaired before the server answers; damage only the
  // checksums show, in the background after (the rebuild prints its summary when it is done).
  private static void awaitRebuilt(StringWriter out) throws InterruptedException {
    for (int i = 0; i < 600 && !out.toString().contains("4 added"); i++) {
      Thread.sleep(50);
    }
    assertTrue(out.toString().contains("4 added"), "rebuilt: " + out);
  }

  private static List<String> names(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  private static Path largest(Path index) throws IOException {
    try (var files = Files.list(index)) {
      return files.max(Comparator.comparingLong(CorruptIndexTest::size)).orElseThrow();
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0;
    }
  }

  private static Path first(Path index, Predicate<String> name) throws IOException {
    try (var files = Files.list(index)) {
      return files.filter(p -> name.test(p.getFileName().toString())).findFirst().orElseThrow();
    }
  }

  private static void truncate(Path file, double keep) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate((long) (channel.size() * keep));
    }
  }

  private static void flipMiddleByte(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 0x5A;
    Files.write(file, bytes);
  }
}
