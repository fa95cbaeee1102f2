package fr.trouvaille.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * The original files of a corpus folder, found by document id. The id must come from the index's
 * record of a document (the caller checks): even so, a path that leaves the folder, a hidden file
 * or a symbolic link is refused here, as the scanner never indexes one.
 */
public final class OriginalFiles {

  /** One original file: where it is, its format, its length. */
  public record Original(Path path, DocumentFormat format, long size) {
    /** The file's own name, for the download. */
    public String fileName() {
      return path.getFileName().toString();
    }
  }

  private final Path root;

  public OriginalFiles(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  /** The file of document {@code id}, or empty when it is not (or no longer) a document file of the folder. */
  public Optional<Original> find(String id) {
    Optional<DocumentFormat> format = DocumentFormat.of(id);
    if (format.isEmpty() || id.isEmpty() || id.startsWith("/") || id.contains("\\") || id.indexOf('\0') >= 0) {
      return Optional.empty();
    }
    Path file;
    try {
      file = root.resolve(id).normalize();
    } catch (RuntimeException e) { // InvalidPathException: not a path of this system
      return Optional.empty();
    }
    if (!file.startsWith(root) || file.equals(root) || hidden(file)) {
      return Optional.empty();
    }
    try {
      BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return attrs.isRegularFile() ? Optional.of(new Original(file, format.get(), attrs.size())) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  // Hidden files and folders are never documents (the scanner skips them): never served either.
  private boolean hidden(Path file) {
    for (Path part : root.relativize(file)) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }
}
