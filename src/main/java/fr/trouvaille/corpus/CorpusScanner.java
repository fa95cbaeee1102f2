package fr.trouvaille.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lists the document files below a corpus folder: the files of a {@link DocumentFormat} at any depth.
 *
 * <p>Hidden files and folders are ignored, as are the corpus's own {@code README.md} (which
 * describes the collection) and {@code synonyms.txt} (which configures search). Symbolic links are
 * not followed, so a document always comes from inside the folder.
 */
public final class CorpusScanner {

  /** The synonyms of the collection, at the corpus root: search configuration, not a document. */
  public static final String SYNONYMS_FILE = "synonyms.txt";
  /** Files at the corpus root that configure or describe the corpus rather than belong to it. */
  public static final Set<String> RESERVED_ROOT_FILES = Set.of("readme.md", SYNONYMS_FILE);

  /** Walks {@code root}; fails if it is not a readable folder. */
  public CorpusScan scan(Path root) throws IOException {
    requireFolder(root);
    List<CorpusFile> files = new ArrayList<>();
    List<Skipped> skipped = new ArrayList<>();
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        String id = idOf(root, file);
        if (isHidden(file) || isReserved(root, file)) {
          return FileVisitResult.CONTINUE;
        }
        if (attrs.isSymbolicLink()) {
          skipped.add(new Skipped(id, SkipReason.SYMLINK, null));
        } else if (!attrs.isRegularFile()) {
          return FileVisitResult.CONTINUE; // sockets, devices: nothing a user would call a document
        } else if (DocumentFormat.of(file.getFileName().toString()).isEmpty()) {
          skipped.add(new Skipped(id, SkipReason.UNSUPPORTED_TYPE, null));
        } else {
          files.add(new CorpusFile(id, file, attrs.size(), attrs.lastModifiedTime().toMillis()));
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) {
        if (file.equals(root)) {
          throw new UncheckedIOException(e);
        }
        skipped.add(new Skipped(idOf(root, file), SkipReason.UNREADABLE, e.getClass().getSimpleName()));
        return FileVisitResult.CONTINUE;
      }
    });
    files.sort(Comparator.comparing(CorpusFile::id));
    skipped.sort(Comparator.comparing(Skipped::id));
    return new CorpusScan(files, skipped);
  }

  /** Fails, saying why, unless {@code root} is a folder that can be scanned. */
  public static void requireFolder(Path root) throws NoSuchFileException {
    if (!Files.isDirectory(root)) {
      throw new NoSuchFileException(root.toString(), null, "the corpus folder does not exist or is not a folder");
    }
  }

  /** The document id of a file: its path relative to the corpus folder, with {@code /} separators. */
  public static String idOf(Path root, Path file) {
    // The walk gives paths that start with the root's: cutting the prefix is much cheaper than
    // Path.relativize, which showed as a tenth of a no-change reindex of 90k files.
    String rootText = root.toString();
    String fileText = file.toString();
    String relative = fileText.startsWith(rootText) && fileText.length() > rootText.length()
            && fileText.startsWith(file.getFileSystem().getSeparator(), rootText.length())
        ? fileText.substring(rootText.length() + 1)
        : root.relativize(file).toString();
    return relative.replace(file.getFileSystem().getSeparator(), "/");
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static boolean isReserved(Path root, Path file) {
    return file.getParent().equals(root)
        && RESERVED_ROOT_FILES.contains(file.getFileName().toString().toLowerCase(Locale.ROOT));
  }
}
