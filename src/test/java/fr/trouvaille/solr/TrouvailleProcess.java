package fr.trouvaille.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code trouvaille serve} as a process of its own, on a free port, with the tests' classpath. */
public final class TrouvailleProcess implements AutoCloseable {

  private static final Pattern SERVING = Pattern.compile("Trouvaille serves \\d+ documents at http://[^:]+:(\\d+)/");
  private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

  private final Process process;
  private final int port;

  private TrouvailleProcess(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  /** Starts {@code serve --port 0} with {@code args}; its output goes to {@code log}. */
  public static TrouvailleProcess serve(Path log, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), "fr.trouvaille.cli.Main", "serve", "--port", "0"));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    CompletableFuture<Integer> port = new CompletableFuture<>();
    Thread reader = new Thread(() -> copy(process, log, port), "trouvaille-stdout");
    reader.setDaemon(true);
    reader.start();
    try {
      return new TrouvailleProcess(process, port.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS));
    } catch (ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      throw new IOException("trouvaille serve did not start; see " + log, e);
    }
  }

  // Copies the output to the log, and hands over the port once the server says it listens.
  private static void copy(Process process, Path log, CompletableFuture<Integer> port) {
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        var writer = java.nio.file.Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        writer.write(line);
        writer.newLine();
        writer.flush();
        Matcher serving = SERVING.matcher(line);
        if (serving.find()) {
          port.complete(Integer.parseInt(serving.group(1)));
        }
      }
    } catch (IOException e) {
      port.completeExceptionally(e);
    }
    port.completeExceptionally(new IOException("the server exited"));
  }

  public int port() {
    return port;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy(); // SIGTERM: the shutdown hook stops the server
    if (!process.waitFor(20, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
