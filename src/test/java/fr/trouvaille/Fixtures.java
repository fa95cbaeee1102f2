package fr.trouvaille;

import fr.trouvaille.index.ReindexListener;
import fr.trouvaille.index.ReindexReport;
import fr.trouvaille.index.Reindexer;
import fr.trouvaille.analysis.SynonymsFile;
import fr.trouvaille.search.LuceneSearchEngine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/** Small corpora written into a test's temporary folder, and a reindex over them. */
public final class Fixtures {

  // Each write gets a later time, so size-and-time change detection sees every rewrite.
  private static final AtomicLong CLOCK = new AtomicLong(1_600_000_000_000L);

  private Fixtures() {}

  /** Writes {@code content} as UTF-8 to {@code root/id}, creating folders. */
  public static Path write(Path root, String id, String content) {
    return writeBytes(root, id, content.getBytes(StandardCharsets.UTF_8));
  }

  public static Path writeBytes(Path root, String id, byte[] content) {
    try {
      Path file = root.resolve(id);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
      Files.setLastModifiedTime(file, FileTime.fromMillis(CLOCK.addAndGet(1000)));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An incremental reindex of {@code corpus} into {@code index}. */
  public static ReindexReport reindex(Path corpus, Path index) {
    try {
      return new Reindexer().reindex(corpus, index, false, ReindexListener.NONE);
    } catch (Exception e) {
      throw new AssertionError("reindex failed", e);
    }
  }

  /** The small corpus written into {@code corpus} and indexed into {@code index}, and an engine over it. */
  public static LuceneSearchEngine smallEngine(Path corpus, Path index) throws IOException {
    smallCorpus(corpus);
    reindex(corpus, index);
    return new LuceneSearchEngine(index);
  }

  /** A listener that holds a reindex just after its start until {@link #release()}: a reindex "running". */
  public static final class HeldReindex implements ReindexListener {
    private final CountDownLatch started = new CountDownLatch(1);
    private final CountDownLatch released = new CountDownLatch(1);

    @Override
    public void started(int files) {
      started.countDown();
      try {
        released.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** Waits until the reindex holding this listener has the index lock and has started. */
    public void awaitStarted() throws InterruptedException {
      started.await();
    }

    public void release() {
      released.countDown();
    }
  }

  /** Starts a reindex on another thread, held by {@code held} until released. */
  public static Thread startHeldReindex(Path corpus, Path index, HeldReindex held) throws InterruptedException {
    Thread thread = new Thread(() -> {
      try {
        new Reindexer().reindex(corpus, index, false, held);
      } catch (Exception e) {
        throw new AssertionError(e);
      }
    });
    thread.start();
    held.awaitStarted();
    return thread;
  }

  /** The terms {@code analyzer} makes of {@code text}, in order, as one space-separated string. */
  public static String tokens(Analyzer analyzer, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return String.join(" ", tokens);
  }

  /** The shipped corpus copied to {@code root/corpus}, indexed into {@code root/index}, and an engine over it with its synonyms. */
  public static LuceneSearchEngine shippedEngine(Path root) throws IOException {
    Path corpus = copyOfShippedCorpus(root.resolve("corpus"));
    reindex(corpus, root.resolve("index"));
    return new LuceneSearchEngine(root.resolve("index"), new SynonymsFile(corpus.resolve("synonyms.txt")));
  }

  /** Copies the shipped {@code corpus/} into {@code target}, so that no test writes in it. */
  public static Path copyOfShippedCorpus(Path target) throws IOException {
    Path source = Path.of("corpus");
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path copy = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(copy);
        } else {
          Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return target;
  }

  /** Three short articles in the corpus format, and one with markup in its text. */
  public static void smallCorpus(Path corpus) {
    write(corpus, "kazakhstan/retrait.txt",
        " date 2022-01 Le retrait des troupes de l’OTSC du Kazakhstan a commencé. Tokaïev l'a annoncé au Majilis.\n\n"
            + "Moscou a profité de l’occasion pour montrer sa force.");
    write(corpus, "kazakhstan/etat.txt",
        " date 2022-01\n title L'État kazakh après les émeutes\n\nL’État a repris le contrôle d’Almaty. "
            + "Une œuvre de longue haleine commence pour le président.");
    write(corpus, "ukraine/frontiere.txt",
        " date 2021-12\n\nUne troupe de soldats russes se masse à la frontière ukrainienne. "
            + "Les manifestations se multiplient à Kiev.");
    write(corpus, "notes/balisage.md",
        "Un texte qui cite du code : <script>alert('x')</script> et <img src=x onerror=alert(1)> près des troupes.");
  }

  // Stored fields are written uncompressed: the word is there as written, in one compound file.
  /** Flips one bit of {@code word} where the index stores it: damage only the checksums show. */
  public static void flipStoredWord(Path index, String word) throws IOException {
    byte[] needle = word.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try (var files = Files.list(index)) {
      for (Path file : files.filter(p -> p.getFileName().toString().endsWith(".cfs")).sorted().toList()) {
        byte[] bytes = Files.readAllBytes(file);
        for (int i = 0; i + needle.length <= bytes.length; i++) {
          // Not after a key's separator: the forms field's keys hold the written word there, and some
          // of their bytes lie in the terms' metadata, which opening the index checks (without the
          // words field, Almaty's first bytes in the compound file were those).
          boolean inKey = i > 0 && bytes[i - 1] == fr.trouvaille.analysis.WordForms.SEPARATOR;
          if (!inKey && java.util.Arrays.equals(bytes, i, i + needle.length, needle, 0, needle.length)) {
            bytes[i] ^= 0x20;
            Files.write(file, bytes);
            return;
          }
        }
      }
    }
    throw new AssertionError(word + " is stored in no compound file");
  }
}
