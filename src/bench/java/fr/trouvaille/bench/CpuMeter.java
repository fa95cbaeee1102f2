package fr.trouvaille.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How many cores other processes kept busy during a measurement: the machine's busy time (from
 * {@code /proc/stat}) less our own CPU time and the server's. Other sessions build on this machine;
 * a figure taken while they did is marked as such in the report.
 */
final class CpuMeter {

  /** Clock ticks per second of {@code /proc/stat} (USER_HZ, 100 on Linux). */
  static final double TICKS = 100.0;

  private final long startNanos;
  private final double startBusy;
  private final double startOwn;

  private CpuMeter(long startNanos, double startBusy, double startOwn) {
    this.startNanos = startNanos;
    this.startBusy = startBusy;
    this.startOwn = startOwn;
  }

  static CpuMeter start() {
    return new CpuMeter(System.nanoTime(), machineBusySeconds(), ownSeconds());
  }

  /**
   * Waits at most {@code max} for two seconds in which other processes keep fewer than {@code cores}
   * busy; returns what they used in the last two seconds.
   */
  static double awaitQuiet(double cores, Duration max) throws InterruptedException {
    long deadline = System.nanoTime() + max.toNanos();
    double others;
    do {
      CpuMeter window = start();
      Thread.sleep(2000);
      others = window.otherCores(Duration.ZERO);
    } while (others > cores && System.nanoTime() < deadline);
    return others;
  }

  /** Average cores used by others since the start; {@code children} is the CPU of the processes we started. */
  double otherCores(Duration children) {
    double wall = (System.nanoTime() - startNanos) / 1e9;
    double busy = machineBusySeconds() - startBusy;
    double own = ownSeconds() - startOwn + children.toNanos() / 1e9;
    return Double.isNaN(busy) ? Double.NaN : Math.max(0, (busy - own) / wall);
  }

  private static double ownSeconds() {
    return processCpuNanos() / 1e9;
  }

  /** CPU time used by this JVM so far, all threads, or 0 where the JVM does not say. */
  static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return Math.max(0, os.getProcessCpuTime());
    }
    return 0;
  }

  // First line of /proc/stat: "cpu user nice system idle iowait irq softirq steal ...", in ticks.
  private static double machineBusySeconds() {
    try {
      String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
      long busy = 0;
      for (int i = 1; i < Math.min(f.length, 9); i++) {
        busy += (i == 4 || i == 5) ? 0 : Long.parseLong(f[i]); // idle and iowait are not busy
      }
      return busy / TICKS;
    } catch (IOException | RuntimeException e) {
      return Double.NaN; // not Linux: the report says n/a
    }
  }
}
