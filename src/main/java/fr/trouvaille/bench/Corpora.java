package fr.trouvaille.bench;

import fr.trouvaille.corpus.CorpusFile;
import fr.trouvaille.corpus.CorpusScanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The benchmark's corpora, prepared in a work folder: the shipped folder as it is, each archive of
 * the shared bench folder unpacked, and the legal codes cut at 10k and 30k documents.
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
      default -> throw new IllegalArgumentException("unknown corpus " + name + "; known: " + ALL);
    };
  }

  private Path unpack(String archive) throws IOException, InterruptedException {
    Path existing = unpacked.get(archive);
    if (existing != null) {
      return existing;
    }
    Path tarball = archives.resolve(archive + ".tar.gz");
    if (!Files.isRegularFile(tarball)) {
      throw new NoSuchFileException(tarball.toString(), null, "bench corpus archive not found (see --data)");
    }
    Path folder = Files.createDirectories(work.resolve(archive));
    Process tar = new ProcessBuilder("tar", "-xzf", tarball.toString(), "-C", folder.toString())
        .redirectErrorStream(true).start();
    String output = new String(tar.getInputStream().readAllBytes());
    if (!tar.waitFor(10, TimeUnit.MINUTES) || tar.exitValue() != 0) {
      throw new IOException("could not unpack " + tarball + ": " + output);
    }
    unpacked.put(archive, folder);
    return folder;
  }

  private Path cut(int documents) throws IOException, InterruptedException {
    Path all = unpack(CODES);
    Path folder = work.resolve(CODES + "-" + documents);
    if (!Files.isDirectory(folder)) {
      cut(all, folder, documents);
    }
    return folder;
  }

  /** Hard-links {@code documents} files of {@code from}, evenly spaced in id order, into {@code to}. */
  static void cut(Path from, Path to, int documents) throws IOException {
    List<CorpusFile> files = new CorpusScanner().scan(from).files();
    int n = Math.min(documents, files.size());
    for (int i = 0; i < n; i++) {
      CorpusFile file = files.get((int) ((long) i * files.size() / n));
      Path link = to.resolve(file.id());
      Files.createDirectories(link.getParent());
      Files.createLink(link, file.path());
    }
  }
}
