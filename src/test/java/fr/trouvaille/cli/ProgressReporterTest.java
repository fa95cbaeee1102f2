package fr.trouvaille.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {

  @Test
  void off_a_terminal_progress_is_whole_lines_without_carriage_returns() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try (ProgressReporter progress = new ProgressReporter(false)) {
      progress.started(3);
      for (int i = 0; i < 3; i++) {
        progress.fileDone("f" + i);
      }
      progress.committing();
    } finally {
      System.setErr(original);
    }
    String written = bytes.toString(StandardCharsets.UTF_8);
    assertFalse(written.contains("\r"), written);
    assertTrue(written.contains("3/3 files"), written);
    assertTrue(written.endsWith("\n"), written);
    assertFalse(written.contains("?"), "a few files: no rate or time left to guess: " + written);
  }

  @Test
  void a_long_run_shows_its_rate() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream original = System.err;
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try (ProgressReporter progress = new ProgressReporter(false)) {
      progress.started(ProgressReporter.RATE_FROM_FILES);
      progress.fileDone("f");
    } finally {
      System.setErr(original);
    }
    assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("files/s"), bytes.toString(StandardCharsets.UTF_8));
  }
}
