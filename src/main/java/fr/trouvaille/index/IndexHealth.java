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
    String base = index.getFileName() + ".corrupt-" + STAMP.format(now.withZoneSameInstant(ZoneOffset.UTC));
    Path target = index.resolveSibling(base);
    for (int n = 2; Files.exists(target); n++) {
      target = index.resolveSibling(base + "-" + n);
    }
    return Files.move(index, target);
  }
}
