package fr.trouvaille.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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
  private final StringBuffer out = new StringBuffer();
  private final StringBuffer err = new StringBuffer();

  private ChildJvm(Process process) {
    this.process = process;
    drain(process.getInputStream(), out);
    drain(process.getErrorStream(), err);
  }

  /** Starts {@code Main} with {@code args} on the test class path, with {@code env} added. */
  static ChildJvm start(Map<String, String> env, String... args) throws IOException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove(ServeCommand.ADMIN_TOKEN_VARIABLE);
    builder.environment().putAll(env);
    return new ChildJvm(builder.start());
  }

  // Pipes are read as they fill, or a chatty child would block on a full pipe.
  private static void drain(InputStream stream, StringBuffer into) {
    Thread reader = new Thread(() -> {
      try (Reader in = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
        char[] buffer = new char[4096];
        for (int n; (n = in.read(buffer)) >= 0; ) {
          into.append(buffer, 0, n);
        }
      } catch (IOException e) {
        // the child is gone: what it wrote is kept
      }
    }, "child-output");
    reader.setDaemon(true);
    reader.start();
  }

  Process process() {
    return process;
  }

  String out() {
    return out.toString();
  }

  String err() {
    return err.toString();
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
