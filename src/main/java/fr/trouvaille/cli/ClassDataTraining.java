package fr.trouvaille.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the jar's {@link ClassDataArchive} at build time ({@code ./mvnw package}), where it costs the
 * user nothing: a child JVM started as the launcher starts it serves a copy of a small corpus, building
 * its index first, answers a search and the page and is stopped; the JVM writes the classes it loaded
 * (an index build's and a server's) to the archive as it exits. Run as
 * {@code java -cp target/trouvaille.jar fr.trouvaille.cli.ClassDataTraining CORPUS}. A failure leaves
 * no archive and says so in one line: {@code serve} and {@code reindex} then start without one.
 */
final class ClassDataTraining {

  private static final Pattern SERVING = Pattern.compile("serves \\d+ documents at (http://127\\.0\\.0\\.1:\\d+/)");
  private static final List<String> REQUESTS = List.of("api/search?q=troupes", "");
  private static final Duration LIMIT = Duration.ofMinutes(2);

  private ClassDataTraining() {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(System.getProperty("java.class.path")).toAbsolutePath();
    Path archive = ClassDataArchive.beside(jar);
    Files.deleteIfExists(archive);
    Path work = Files.createTempDirectory("trouvaille-training");
    try {
      train(Path.of(args[0]), work, archive);
      System.out.printf("Class-data archive for serve and reindex: %s (%d MB)%n", archive, Files.size(archive) >> 20);
    } catch (IOException | RuntimeException e) {
      System.out.println("No class-data archive made (serve and reindex will start without one): " + e.getMessage());
    } finally {
      Folders.delete(work);
    }
  }

  private static void train(Path shippedCorpus, Path work, Path archive) throws IOException, InterruptedException {
    Path corpus = work.resolve("corpus");
    Path index = work.resolve("index");
    Path log = work.resolve("training.log");
    Folders.copy(shippedCorpus, corpus);
    // The server builds the missing index itself: the archive then holds the classes of a reindex
    // too, which the reindex's child JVM maps as well (JvmLauncher).
    // Written under another name, then moved: a half-written archive would crash the JVM that maps it.
    Path written = work.resolve("archive.jsa");
    Process server = start(List.of("-XX:ArchiveClassesAtExit=" + written), log,
        "serve", "--corpus", corpus.toString(), "--index", index.toString(), "--port", "0");
    try {
      askOnce(server, log);
    } finally {
      server.destroy(); // SIGTERM: the server stops cleanly, and the JVM writes the archive as it exits
      if (!server.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
    if (server.exitValue() != 0 || !Files.isRegularFile(written)) {
      throw new IOException("the training server ended with " + server.exitValue() + " and wrote no archive");
    }
    Files.move(written, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    // -Xshare:on refuses to start on an archive it cannot use, where the launcher's -Xshare:auto would
    // silently do without: an archive that does not fit this jar and JDK is not kept.
    if (start(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:on"), log, "--version").waitFor() != 0) {
      Files.delete(archive);
      throw new IOException("the archive made does not load: " + Files.readString(log).strip());
    }
  }

  // A child JVM as the launcher starts one, its output to the log (a pipe left unread would block it).
  private static Process start(List<String> options, Path log, String... args) throws IOException {
    return JvmLauncher.child(options, args)
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  // Waits until the server says where it listens, then sends it the requests.
  private static void askOnce(Process server, Path log) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + LIMIT.toNanos();
    Matcher serving = SERVING.matcher("");
    while (!serving.reset(Files.readString(log)).find()) {
      if (!server.isAlive() || System.nanoTime() > deadline) {
        throw new IOException("the training server did not listen: " + Files.readString(log).strip());
      }
      Thread.sleep(50);
    }
    HttpClient client = HttpClient.newBuilder().connectTimeout(LIMIT).build();
    for (String path : REQUESTS) {
      HttpRequest request = HttpRequest.newBuilder(URI.create(serving.group(1) + path)).timeout(LIMIT).build();
      int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
      if (status != 200) {
        throw new IOException("the training server answered " + status + " to /" + path);
      }
    }
  }
}
