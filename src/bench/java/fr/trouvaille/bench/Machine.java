package fr.trouvaille.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The machine a benchmark ran on.
 *
 * @param cpu the processor model, as Linux names it
 * @param memoryGigabytes physical memory
 * @param java the Java runtime
 */
public record Machine(int cores, String cpu, double memoryGigabytes, String java, String os) {

  static Machine current() {
    double memory = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getTotalMemorySize() / (1024.0 * 1024 * 1024) : 0;
    return new Machine(Runtime.getRuntime().availableProcessors(), cpuModel(), memory,
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        System.getProperty("os.name") + " " + System.getProperty("os.version"));
  }

  /** What {@code uptime} prints now: the load averages over 1, 5 and 15 minutes. */
  static String uptime() {
    try {
      Process uptime = new ProcessBuilder("uptime").redirectErrorStream(true).start();
      String out = new String(uptime.getInputStream().readAllBytes()).strip();
      return uptime.waitFor(5, TimeUnit.SECONDS) && uptime.exitValue() == 0 ? out : loadAverage();
    } catch (IOException e) {
      return loadAverage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return loadAverage();
    }
  }

  private static String loadAverage() {
    return "load average " + ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static String cpuModel() {
    try {
      return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
          .filter(l -> l.startsWith("model name"))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst().orElse("unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
