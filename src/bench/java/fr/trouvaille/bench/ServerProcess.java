package fr.trouvaille.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real server, {@code java -jar trouvaille.jar serve} on 127.0.0.1 and a free port, started on
 * an existing index as a user starts it: its start-up, its heap and its CPU are its own, not the load
 * generator's. That command is a launcher that starts the server JVM (with the class-data archive):
 * CPU counts both, the heap and the JIT are the server JVM's.
 */
final class ServerProcess implements AutoCloseable {

  private static final String MAIN = "fr.trouvaille.cli.Main";
  private static final Pattern SERVING = Pattern.compile("serves (\\d+) documents at http://127\\.0\\.0\\.1:(\\d+)/");

  private final Process process;
  private final int port;
  private final int documents;
  private final Duration startToFirstAnswer;
  private final Duration startCpu;

  private ServerProcess(Process process, int port, int documents, Duration startToFirstAnswer, Duration startCpu) {
    this.process = process;
    this.startCpu = startCpu;
    this.port = port;
    this.documents = documents;
    this.startToFirstAnswer = startToFirstAnswer;
  }

  /**
   * Starts {@code serve} on {@code index} and sends {@code firstPath} as soon as it says it listens.
   *
   * @param jvmArgs options for the server's JVM, as a user would put them on the command line
   * @param log where the server's standard error (its request log) goes
   */
  static ServerProcess start(Path corpus, Path index, List<String> jvmArgs, Map<String, String> env, Path log,
      String firstPath) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Jdk.tool("java"));
    command.addAll(jvmArgs);
    command.addAll(productJar().map(jar -> List.of("-jar", jar.toString()))
        .orElse(List.of("-cp", System.getProperty("java.class.path"), MAIN)));
    command.addAll(List.of("serve", "--corpus", corpus.toString(), "--index", index.toString(), "--port", "0"));
    ProcessBuilder builder = new ProcessBuilder(command).redirectError(log.toFile());
    builder.environment().putAll(env);
    long start = System.nanoTime();
    Process process = builder.start();
    try {
      Matcher serving = awaitServing(process);
      int port = Integer.parseInt(serving.group(2));
      try (LoopbackClient client = new LoopbackClient(port)) {
        int status = client.get(firstPath).status();
        if (status != 200) {
          throw new IOException("the first search answered " + status + "; see " + log);
        }
      }
      Duration firstAnswer = Duration.ofNanos(System.nanoTime() - start);
      Duration cpu = Duration.ofNanos(MeasuredProcess.cpuNanos(process));
      return new ServerProcess(process, port, Integer.parseInt(serving.group(1)), firstAnswer, cpu);
    } catch (IOException | RuntimeException e) {
      process.destroyForcibly();
      throw e;
    }
  }

  // The product jar the bench runs with (target/trouvaille.jar, on its Class-Path), started with -jar as
  // a user starts it; from the build's class folders (the bench's tests), the main class.
  private static Optional<Path> productJar() {
    try {
      Path jar = Path.of(Class.forName(MAIN).getProtectionDomain().getCodeSource().getLocation().toURI());
      return jar.toString().endsWith(".jar") ? Optional.of(jar) : Optional.empty();
    } catch (ReflectiveOperationException | URISyntaxException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Matcher awaitServing(Process process) throws IOException {
    // Not closed: the server keeps its standard output open until it stops.
    BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    for (String line = out.readLine(); line != null; line = out.readLine()) {
      Matcher serving = SERVING.matcher(line);
      if (serving.find()) {
        return serving;
      }
    }
    throw new IOException("the server stopped before listening (exit code " + waitExit(process) + ")");
  }

  private static int waitExit(Process process) {
    try {
      return process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  int port() {
    return port;
  }

  int documents() {
    return documents;
  }

  /** The JVM that serves: the one the launcher started, or the process itself when it serves in one JVM. */
  long pid() {
    return process.descendants().findFirst().orElse(process.toHandle()).pid();
  }

  /** From starting the JVM to the end of the first search's answer. */
  Duration startToFirstAnswer() {
    return startToFirstAnswer;
  }

  /** CPU time the launcher and the server used up to its first answer, all threads (JIT and GC included). */
  Duration startCpu() {
    return startCpu;
  }

  /** CPU time the launcher and the server used so far, or zero when the system does not say. */
  Duration cpu() {
    return Duration.ofNanos(MeasuredProcess.cpuNanos(process));
  }

  /**
   * CPU time the server's JIT compiler threads used so far (Linux: from {@code /proc}), empty
   * where the system does not say.
   */
  Optional<Duration> compilerCpu() {
    Path tasks = Path.of("/proc", Long.toString(pid()), "task");
    long ticks = 0;
    try (DirectoryStream<Path> threads = Files.newDirectoryStream(tasks)) {
      for (Path thread : threads) {
        String name = Files.readString(thread.resolve("comm"));
        if (name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler")) {
          // utime and stime, the 14th and 15th fields, counted after the command name's closing parenthesis.
          String stat = Files.readString(thread.resolve("stat"));
          String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
          ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }
      }
    } catch (IOException | RuntimeException e) {
      return Optional.empty(); // no /proc, or the thread ended while read: say nothing rather than guess
    }
    return Optional.of(Duration.ofMillis(Math.round(ticks * 1000 / CpuMeter.TICKS)));
  }

  /** Stops the server as Ctrl-C does, then for good if it has not stopped within 10 s. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
