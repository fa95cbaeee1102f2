package fr.trouvaille.bench;

import fr.trouvaille.corpus.CorpusFile;
import fr.trouvaille.corpus.CorpusScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's corpora, prepared in a work folder: the shipped folder as it is, each archive of
 * the shared bench folder unpacked, the legal codes cut at 10k and 30k documents, and the legal
 * codes copied into 4 and 11 folders (360k and 1M documents: the growth set).
 *
 * <p>A cut takes documents evenly spaced in id order, so it spans every code rather than the first
 * few, and hard-links them: no copy of the text, and the scanner sees regular files.
 */
final class Corpora {

  /** Every corpus, in the order of a full run. */
  static final List<String> ALL =
      List.of("shipped", "assemblee-nationale", "eltec-fra", "codes-10k", "codes-30k", "codes-90k");
  /** The corpora of a quick run. */
  static final List<String> QUICK = List.of("shipped", "codes-10k");
  /** How each figure grows with the collection: the same words, 1, 4 and 11 times the documents. */
  static final List<String> GROWTH = List.of("codes-90k", "codes-4x", "codes-11x");

  private static final String CODES = "codes-juridiques";
  /** In the novels: only in Rolland's Jean-Christophe, 3,284,642 characters in. */
  static final String NOVELS_DEEP_WORD = "Monteverdi";

  private final Path shipped;
  private final Path archives;
  private final Path work;
  private final Map<String, Path> unpacked = new LinkedHashMap<>();

  /**
   * @param shipped the project's own corpus folder
   * @param archives the folder of the {@code .tar.gz} bench corpora
   * @param work where to unpack and cut them
   */
  Corpora(Path shipped, Path archives, Path work) {
    this.shipped = shipped;
    this.archives = archives;
    this.work = work;
  }

  /** The corpus called {@code name}, prepared on first use. */
  BenchCorpus get(String name) throws IOException, InterruptedException {
    return switch (name) {
      case "shipped" -> new BenchCorpus(name, shipped, null);
      case "assemblee-nationale" -> new BenchCorpus(name, unpack(name), null);
      case "eltec-fra" -> new BenchCorpus(name, unpack(name), NOVELS_DEEP_WORD);
      case "codes-90k" -> new BenchCorpus(name, unpack(CODES), null);
      case "codes-10k" -> new BenchCorpus(name, cut(10_000), null);
      case "codes-30k" -> new BenchCorpus(name, cut(30_000), null);
      case "codes-4x" -> new BenchCorpus(name, copies(4), null);
      case "codes-11x" -> new BenchCorpus(name, copies(11), null);
      default -> throw new IllegalArgumentException("unknown corpus " + name + "; known: " + ALL + ", " + GROWTH);
    };
  }

  private Path unpack(String archive) throws IOException, InterruptedException {
    Path existing = unpacked.get(archive);
    if (existing != null) {
      return existing;
    }
    Path folder = Files.createDirectories(work.resolve(archive));
    tar(folder, "-xzf", tarball(archive).toString(), "-C", folder.toString());
    unpacked.put(archive, folder);
    return folder;
  }

  private Path tarball(String archive) throws NoSuchFileException {
    // Absolute: tar runs in the folder it unpacks into.
    Path tarball = archives.resolve(archive + ".tar.gz").toAbsolutePath();
    if (!Files.isRegularFile(tarball)) {
      throw new NoSuchFileException(tarball.toString(), null, "bench corpus archive not found (see --data)");
    }
    return tarball;
  }

  private Path cut(int documents) throws IOException, InterruptedException {
    Path folder = work.resolve(CODES + "-" + documents);
    if (Files.isDirectory(folder)) {
      return folder;
    }
    Path all = unpacked.get(CODES);
    if (all != null) {
      cut(all, folder, documents);
      return folder;
    }
    // Only the cut's files: unpacking all 90k articles, and deleting them after, took a quick run
    // longer than its measurements. Same choice as a cut of the unpacked folder: ids in order.
    String tarball = tarball(CODES).toString();
    List<String> names = tar(Files.createDirectories(work), "-tzf", tarball).lines()
        .filter(name -> name.endsWith(".md") || name.endsWith(".txt"))
        .sorted(Comparator.comparing(Corpora::id))
        .toList();
    Path list = work.resolve(CODES + "-" + documents + ".list");
    Files.write(list, evenlySpaced(names, documents));
    Files.createDirectories(folder);
    tar(folder, "-xzf", tarball, "-C", folder.toString(), "-T", list.toString());
    return folder;
  }

  /** Hard-links {@code documents} files of {@code from}, evenly spaced in id order, into {@code to}. */
  static void cut(Path from, Path to, int documents) throws IOException {
    for (CorpusFile file : evenlySpaced(new CorpusScanner().scan(from).files(), documents)) {
      Path link = to.resolve(file.id());
      Files.createDirectories(link.getParent());
      Files.createLink(link, file.path());
    }
  }

  private Path copies(int n) throws IOException, InterruptedException {
    Path folder = work.resolve(CODES + "-" + n + "x");
    if (!Files.isDirectory(folder)) {
      copies(unpack(CODES), folder, n);
    }
    return folder;
  }

  /** Hard-links every document of {@code from} into {@code n} folders of {@code to}: n times the documents. */
  static void copies(Path from, Path to, int n) throws IOException {
    List<CorpusFile> files = new CorpusScanner().scan(from).files();
    for (int copy = 1; copy <= n; copy++) {
      for (CorpusFile file : files) {
        Path link = to.resolve("copy-" + copy).resolve(file.id());
        Files.createDirectories(link.getParent());
        Files.createLink(link, file.path());
      }
    }
  }

  /** {@code n} items of {@code sorted}, evenly spaced, in order (all of them if fewer). */
  static <T> List<T> evenlySpaced(List<T> sorted, int n) {
    int count = Math.min(n, sorted.size());
    List<T> picked = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      picked.add(sorted.get((int) ((long) i * sorted.size() / count)));
    }
    return picked;
  }

  // A name in the archive is "./code-civil/…/article-1.md"; the document's id drops the "./".
  private static String id(String name) {
    return name.startsWith("./") ? name.substring(2) : name;
  }

  /** Runs tar in {@code dir}; returns what it printed. */
  private static String tar(Path dir, String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("tar"));
    command.addAll(List.of(arguments));
    Process tar = new ProcessBuilder(command).directory(dir.toFile()).start();
    // tar writes little to standard error (a warning or a failure): read after standard output.
    String output = new String(tar.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (!tar.waitFor(10, TimeUnit.MINUTES) || tar.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + new String(tar.getErrorStream().readAllBytes()));
    }
    return output;
  }
}
