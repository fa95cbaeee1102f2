package fr.trouvaille.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** The {@code trouvaille} command run in a separate JVM, so that a test can kill it for real. */
final class ChildJvm implements AutoCloseable {

  private final Process process;
  private final Path out;
  private final Path err;

  private ChildJvm(Process process, Path out, Path err) {
    this.process = process;
    this.out = out;
    this.err = err;
  }

  /**
   * Starts {@code Main} with {@code args} on the test class path, with {@code env} added. Its output
   * goes to files in {@code logs}: read from a pipe, the last lines of a dying JVM can be lost.
   */
  static ChildJvm start(Path logs, Map<String, String> env, String... args) throws IOException {
    return startIn(null, logs, env, args);
  }

  /** As {@link #start}, with {@code directory} as the working folder (null: this JVM's). */
  static ChildJvm startIn(Path directory, Path logs, Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        // Its output is a file, where progress is a line every 5 s: tests watch it every 100 ms.
        "-Dtrouvaille.progress.millis=100",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(logs, "child", ".out");
    Path err = Files.createTempFile(logs, "child", ".err");
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
        .directory(directory == null ? null : directory.toFile());
    builder.environment().remove(ServeCommand.ADMIN_TOKEN_VARIABLE);
    builder.environment().putAll(env);
    return new ChildJvm(builder.start(), out, err);
  }

  Process process() {
    return process;
  }

  String out() {
    return read(out);
  }

  String err() {
    return read(err);
  }

  private static String read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until {@code condition} holds on standard output + error, or fails after {@code timeout}. */
  String await(Predicate<String> condition, Duration timeout, String what) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    while (Instant.now().isBefore(deadline)) {
      String both = out() + "\n" + err();
      if (condition.test(both)) {
        return both;
      }
      if (!process.isAlive()) {
        break;
      }
      Thread.sleep(20);
    }
    throw new AssertionError("child never showed " + what + "; exit " + (process.isAlive() ? "-" : process.exitValue())
        + "\nout: " + out() + "\nerr: " + err());
  }

  /** Waits for the child to end and returns its exit code. */
  int waitFor(Duration timeout) throws InterruptedException {
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("child still running after " + timeout + "\nout: " + out() + "\nerr: " + err());
    }
    return process.exitValue();
  }

  @Override
  public void close() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(10, TimeUnit.SECONDS);
  }
}
