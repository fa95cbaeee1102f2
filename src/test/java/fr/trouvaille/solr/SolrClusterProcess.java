package fr.trouvaille.solr;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A SolrCloud cluster (MiniSolrCloudCluster: embedded ZooKeeper, Jetty 10 nodes) in a JVM of its
 * own, because Solr's Jetty 10 cannot share the tests' classpath with Javalin's Jetty 12. Maven
 * builds the launcher of {@code src/it/solr-cluster} and resolves its classpath; the cluster obeys
 * commands on its standard input and dies with it.
 */
public final class SolrClusterProcess implements AutoCloseable {

  static final Path PROJECT = Path.of("src/it/solr-cluster");
  static final Path BUILD = Path.of("target/solr-cluster");
  private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(5);
  private static final Duration START_TIMEOUT = Duration.ofMinutes(2);
  private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(1);

  private final Process process;
  private final PrintWriter commands;
  private final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
  private final List<String> urls;

  private SolrClusterProcess(Process process) throws IOException, InterruptedException {
    this.process = process;
    this.commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
    Thread reader = new Thread(this::readAnswers, "solr-cluster-stdout");
    reader.setDaemon(true);
    reader.start();
    String nodes = await("NODES ", START_TIMEOUT);
    this.urls = List.of(nodes.substring("NODES ".length()).split(","));
  }

  /** Starts {@code nodes} nodes with their data under {@code dir}; the log goes to {@code target/solr-cluster/cluster.log}. */
  public static SolrClusterProcess start(int nodes, Path dir) throws IOException, InterruptedException {
    Path classpath = build();
    List<String> command = List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
        "-cp", BUILD.resolve("classes") + java.io.File.pathSeparator + Files.readString(classpath).strip(),
        "fr.trouvaille.solrcluster.SolrClusterLauncher", String.valueOf(nodes), dir.toString(), "15");
    Process process = new ProcessBuilder(command)
        .redirectError(ProcessBuilder.Redirect.appendTo(BUILD.resolve("cluster.log").toFile()))
        .start();
    try {
      return new SolrClusterProcess(process);
    } catch (IOException | RuntimeException e) {
      process.destroyForcibly();
      throw e;
    }
  }

  /** Compiles the launcher and writes its classpath, with the Maven that runs these tests. */
  private static synchronized Path build() throws IOException, InterruptedException {
    Path classpath = BUILD.resolve("classpath.txt");
    List<String> mvn = new ArrayList<>(List.of(maven(), "-q", "-B", "-f", PROJECT.resolve("pom.xml").toString(),
        "compile", "dependency:build-classpath", "-Dmdep.outputFile=" + classpath.toAbsolutePath()));
    String repository = System.getProperty("trouvaille.m2.repository", "");
    if (!repository.isBlank() && !repository.startsWith("${")) {
      mvn.add("-Dmaven.repo.local=" + repository);
    }
    Files.createDirectories(BUILD);
    Process build = new ProcessBuilder(mvn).redirectErrorStream(true)
        .redirectOutput(BUILD.resolve("build.log").toFile()).start();
    if (!build.waitFor(BUILD_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      build.destroyForcibly();
      throw new IOException("building the Solr cluster launcher took over " + BUILD_TIMEOUT + "; see " + BUILD.resolve("build.log"));
    }
    if (build.exitValue() != 0) {
      throw new IOException("cannot build the Solr cluster launcher (" + String.join(" ", mvn) + "): "
          + Files.readString(BUILD.resolve("build.log")));
    }
    return classpath;
  }

  // The Maven running these tests (surefire passes maven.home); else the one on the PATH.
  private static String maven() {
    String home = System.getProperty("maven.home", "");
    Path mvn = Path.of(home, "bin", "mvn");
    return !home.isBlank() && Files.isExecutable(mvn) ? mvn.toString() : "mvn";
  }

  /** The nodes' base URLs. */
  public List<String> urls() {
    return urls;
  }

  /** Stops node {@code index}; its URL then refuses connections. */
  public void stopNode(int index) throws IOException, InterruptedException {
    commands.println("stop " + index);
    await("STOPPED " + index, COMMAND_TIMEOUT);
  }

  /** Starts node {@code index} again, on the same port. */
  public void startNode(int index) throws IOException, InterruptedException {
    commands.println("start " + index);
    await("STARTED " + index, COMMAND_TIMEOUT);
  }

  private void readAnswers() {
    try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        answers.add(line);
      }
    } catch (IOException e) {
      answers.add("ERROR " + e);
    }
    answers.add("EXITED");
  }

  private String await(String prefix, Duration timeout) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      String line = answers.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (line == null || line.startsWith("ERROR") || line.equals("EXITED")) {
        throw new IOException("the Solr cluster did not answer " + prefix.strip() + " (" + line + "); see "
            + BUILD.resolve("cluster.log"));
      }
      if (line.startsWith(prefix)) {
        return line;
      }
    }
  }

  @Override
  public void close() throws InterruptedException {
    commands.println("quit");
    commands.close();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
  }
}
