package fr.trouvaille.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command as a user would (its own JVM, from start to exit) and measures its wall time, its CPU
 * time (user + system, all threads) and its peak resident memory, from {@code /proc} while it runs.
 * A process the command starts counts with it: {@code reindex} runs in a child JVM whose heap it
 * chooses, and the CPU and memory are the two JVMs' together.
 */
final class MeasuredProcess {

  private static final long POLL_MILLIS = 10;

  private MeasuredProcess() {}

  /** {@code java -cp <this class path> mainClass args}, its output to {@code log}; fails on a non-zero exit. */
  static IndexingResult.Timing java(String mainClass, List<String> args, Path log) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Jdk.tool("java"), "-cp", System.getProperty("java.class.path"), mainClass));
    command.addAll(args);
    long start = System.nanoTime();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    long cpuNanos = 0;
    long peakBytes = 0;
    // The last reading is at most one poll before the exit: the JVM's shutdown, a few milliseconds.
    while (!process.waitFor(POLL_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS)) {
      cpuNanos = Math.max(cpuNanos, cpuNanos(process));
      // The high-water marks of the launcher and its child, added: an upper bound of their peak together.
      peakBytes = Math.max(peakBytes, peakBytes(process.pid())
          + process.descendants().mapToLong(child -> peakBytes(child.pid())).sum());
    }
    long wall = System.nanoTime() - start;
    if (process.exitValue() != 0) {
      throw new IOException(command + " exited with " + process.exitValue() + ": " + Files.readString(log));
    }
    return new IndexingResult.Timing(wall, cpuNanos, peakBytes);
  }

  /** CPU time of {@code process} and the processes it started, those that ended included, or 0 without {@code /proc}. */
  static long cpuNanos(Process process) {
    return cpuNanos(process.pid(), true) + process.descendants().mapToLong(child -> cpuNanos(child.pid(), false)).sum();
  }

  // Fields 14 and 15 of /proc/PID/stat (after the command name in parentheses): utime and stime, in
  // ticks; with 16 and 17, cutime and cstime, the children it has waited for (a child that ended).
  private static long cpuNanos(long pid, boolean withEndedChildren) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12])
          + (withEndedChildren ? Long.parseLong(f[13]) + Long.parseLong(f[14]) : 0);
      return Math.round(ticks / CpuMeter.TICKS * 1e9);
    } catch (IOException | RuntimeException e) {
      return 0; // gone between the check and the read
    }
  }

  // VmHWM: the kernel's own high-water mark of the resident set, so no peak falls between two polls.
  private static long peakBytes(long pid) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException e) {
      // gone
    }
    return 0;
  }
}
