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
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Tells, before a server opens an index, whether Lucene can read it, and moves an unreadable one
 * aside so that it can be rebuilt from the corpus without losing the damaged copy.
 */
public final class IndexHealth {

  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private IndexHealth() {}

  /**
   * Why Lucene cannot read the index in {@code index}; empty when it can, or when there is no
   * folder. Every file's checksum is verified, so this reads the whole index once.
   *
   * @throws IOException for a failure that says nothing about the index (permissions, say)
   */
  public static Optional<String> problem(Path index) throws IOException {
    if (!Files.isDirectory(index)) {
      return Optional.empty();
    }
    try (Directory directory = FSDirectory.open(index)) {
      if (!DirectoryReader.indexExists(directory)) {
        return noCommit(directory);
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        for (LeafReaderContext leaf : reader.leaves()) {
          leaf.reader().checkIntegrity();
        }
      }
      return Optional.empty();
    } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
        | EOFException | NoSuchFileException | FileNotFoundException e) {
      return Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  // An empty folder, or one with only a leftover write lock, is a new index; so is one that a first
  // reindex is writing now (it holds the lock). Other files without a commit point are a first
  // reindex that died before committing, or an index that lost its commit point.
  private static Optional<String> noCommit(Directory directory) throws IOException {
    long files = Arrays.stream(directory.listAll()).filter(f -> !f.equals(IndexWriter.WRITE_LOCK_NAME)).count();
    if (files == 0) {
      return Optional.empty();
    }
    try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
      return Optional.of("no commit point (segments_N) among " + files + " files");
    } catch (LockObtainFailedException e) {
      return Optional.empty();
    }
  }

  /**
   * Renames {@code index} to {@code <index>.corrupt-<UTC time>} beside it; never deletes it.
   *
   * @return where it now is
   */
  public static Path moveAside(Path index, ZonedDateTime now) throws IOException {
    String base = index.getFileName() + ".corrupt-" + STAMP.format(now.withZoneSameInstant(ZoneOffset.UTC));
    Path target = index.resolveSibling(base);
    for (int n = 2; Files.exists(target); n++) {
      target = index.resolveSibling(base + "-" + n);
    }
    return Files.move(index, target);
  }
}
