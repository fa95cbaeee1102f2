package fr.trouvaille.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {

  /** What a reporter off a terminal writes to standard error while {@code run} drives it. */
  private static String written(Consumer<ProgressReporter> run) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try (ProgressReporter progress = new ProgressReporter(false)) {
      run.accept(progress);
    } finally {
      System.setErr(original);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void off_a_terminal_progress_is_whole_lines_without_carriage_returns() {
    String written = written(progress -> {
      progress.started(3);
      for (int i = 0; i < 3; i++) {
        progress.fileDone("f" + i);
      }
      progress.committing();
    });
    assertFalse(written.contains("\r"), written);
    assertTrue(written.contains("3/3 files"), written);
    assertTrue(written.endsWith("\n"), written);
    assertFalse(written.contains("?"), "a few files: no rate or time left to guess: " + written);
  }

  @Test
  void a_long_run_shows_its_rate() {
    String written = written(progress -> {
      progress.started(ProgressReporter.RATE_FROM_FILES);
      progress.fileDone("f");
    });
    assertTrue(written.contains("files/s"), written);
  }
}
