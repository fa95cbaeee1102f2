package fr.trouvaille.cli;

import fr.trouvaille.index.FileOutcome;
import fr.trouvaille.index.ReindexListener;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How far the build of a missing index has come, told to the requests that come meanwhile: on a first
 * {@code serve} of a large folder the web page is up within a second, the index minutes later, and a
 * search then should say so rather than wait until the browser gives up.
 */
final class FirstBuild implements ReindexListener {

  private static final String AGAIN = " Réessayez dans un instant.";

  private final NumberFormat numbers = NumberFormat.getIntegerInstance(Locale.FRANCE);
  private final AtomicInteger done = new AtomicInteger();
  private volatile boolean running;
  private volatile int files = -1;
  private volatile boolean committing;

  /** The build begins: the corpus is about to be scanned. */
  void begin() {
    running = true;
  }

  /** The build is over, whether it succeeded or not. */
  void end() {
    running = false;
  }

  @Override
  public void started(int files) {
    this.files = files;
  }

  @Override
  public void fileDone(String id, FileOutcome outcome) {
    done.incrementAndGet();
  }

  @Override
  public void committing() {
    committing = true;
  }

  /** While the build runs, what a request is told (in French); else empty. */
  Optional<String> notReady() {
    if (!running) {
      return Optional.empty();
    }
    String step;
    if (files < 0) {
      step = "lecture du dossier";
    } else if (committing) {
      step = "enregistrement des " + numbers.format(files) + " fichiers";
    } else {
      step = numbers.format(done.get()) + " fichiers lus sur " + numbers.format(files);
    }
    return Optional.of("L’index est en cours de construction (" + step + ")." + AGAIN);
  }
}
