package fr.trouvaille.index;

import java.io.EOFException;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Optional;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Tells whether Lucene can read an index, and sets an unreadable one aside so that it can be rebuilt
 * from the corpus without losing the damaged copy. Two depths: {@link #problem} checks what opening a
 * commit checks (its cost does not grow with the index: a server runs it before it answers);
 * {@link #damage} verifies every byte (a server runs it in the background once it answers).
 */
public final class IndexHealth {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private IndexHealth() {}

  /**
   * Why Lucene cannot open the index in {@code index}; empty when it can, or when there is no index
   * yet. What opening a commit checks: the commit point and segment infos whole (checksums), every
   * file present, each file's header and footer (a truncated file). Not the checksums of the data
   * files: that is {@link #damage}, which reads the whole index.
   *
   * @throws IOException for a failure that says nothing about the index (permissions, say)
   */
  public static Optional<String> problem(Path index) throws IOException {
    return inspect(index, false);
  }

  /**
   * As {@link #problem}, and the checksum of every file verified: this reads the whole index once,
   * so its cost grows with the index.
   */
  public static Optional<String> damage(Path index) throws IOException {
    return inspect(index, true);
  }

  private static Optional<String> inspect(Path index, boolean everyByte) throws IOException {
    if (!Files.isDirectory(index)) {
      return Optional.empty();
    }
    try (Directory directory = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(directory)) {
        return noCommit(directory);
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        if (everyByte) {
          for (LeafReaderContext leaf : reader.leaves()) {
            leaf.reader().checkIntegrity();
          }
        }
      }
      return Optional.empty();
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
        | EOFException | NoSuchFileException | FileNotFoundException e) {
      return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  // A folder without Lucene files (empty, a leftover write lock, or the README a fresh clone has) is
  // no index yet; so is one that a first reindex is writing now (it holds the lock). Lucene files
  // without a commit point are a first reindex that died before committing, or a lost commit point.
  private static Optional<String> noCommit(Directory directory) throws IOException {
    long files = Arrays.stream(directory.listAll()).filter(IndexHealth::isLuceneFile).count();
    if (files == 0) {
      return Optional.empty();
    }
    try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      return Optional.of("no commit point (segments_N) among " + files + " files");
    } catch (LockObtainFailedException e) {
      return Optional.empty();
    }
  }

  // Segment files (_0.cfs, _3_Lucene90_0.doc) and commit points; not the write lock, not a README.
  private static boolean isLuceneFile(String name) {
    return IndexFileNames.CODEC_FILE_PATTERN.matcher(name).matches()
        || name.startsWith(IndexFileNames.SEGMENTS) || name.startsWith(IndexFileNames.PENDING_SEGMENTS);
  }

  /**
   * Renames {@code index} to {@code <index>.corrupt-<UTC time>} beside it; never deletes it.
   *
   * @return where it now is
   */
  public static Path moveAside(Path index, ZonedDateTime now) throws IOException {
    return Files.move(index, asideName(index, now));
  }

  /**
   * Keeps the files of {@code index} in {@code <index>.corrupt-<UTC time>} beside it, as hard links
   * (a copy where the file system has none), for an index a server has open: the damaged files stay
   * for whoever wants to look while a rebuild in place replaces them.
   *
   * @return where the copy is
   */
  public static Path keepCopy(Path index, ZonedDateTime now) throws IOException {
    Path aside = Files.createDirectory(asideName(index, now));
    try (var files = Files.list(index)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Path target = aside.resolve(file.getFileName());
        try {
          Files.createLink(target, file);
        } catch (UnsupportedOperationException | IOException e) {
          Files.copy(file, target);
        }
      }
    }
    return aside;
  }

  private static Path asideName(Path index, ZonedDateTime now) {
    String base = index.getFileName() + ".corrupt-" + STAMP.format(now.withZoneSameInstant(ZoneOffset.UTC));
    Path target = index.resolveSibling(base);
    for (int n = 2; Files.exists(target); n++) {
      target = index.resolveSibling(base + "-" + n);
    }
    return target;
  }
}
