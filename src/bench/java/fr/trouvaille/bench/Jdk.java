package fr.trouvaille.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The JDK's own tools, found beside the running {@code java}: to start the server and read its heap. */
final class Jdk {

  // A heap line of GC.heap_info: "garbage-first heap total 262144K, used 10239K [...", or one such
  // line per generation for the parallel and serial collectors. Metaspace lines are not heap.
  private static final Pattern HEAP_USED = Pattern.compile("^\\s*(?!Metaspace|class space).*total \\d+K, used (\\d+)K");

  private Jdk() {}

  /** The path of a tool of the running JDK, or its bare name to be found on the PATH. */
  static String tool(String name) {
    Path home = Path.of(System.getProperty("java.home"));
    Path tool = home.resolve("bin").resolve(name);
    return Files.isExecutable(tool) ? tool.toString() : name;
  }

  /** The heap in use in process {@code pid} just after a full collection, or empty if jcmd cannot say. */
  static OptionalLong heapUsedAfterGc(long pid) throws InterruptedException {
    try {
      run(tool("jcmd"), Long.toString(pid), "GC.run");
      long used = 0;
      boolean found = false;
      for (String line : run(tool("jcmd"), Long.toString(pid), "GC.heap_info")) {
        if (line.contains("Metaspace")) {
          break; // the heap section is over
        }
        Matcher m = HEAP_USED.matcher(line);
        if (m.find()) {
          used += Long.parseLong(m.group(1)) * 1024;
          found = true;
        }
      }
      return found ? OptionalLong.of(used) : OptionalLong.empty();
    } catch (IOException e) {
      return OptionalLong.empty(); // a JRE without jcmd: the report says "n/a"
    }
  }

  private static List<String> run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList());
    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IOException(String.join(" ", command) + " failed: " + lines);
    }
    return lines;
  }
}
