package fr.trouvaille.bench;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;

/**
 * Sends {@code GET} requests from a fixed number of clients, each on its own connection, cycling
 * through a list of paths, and times them.
 *
 * <p>Two ways to load: back to back ({@link #saturate}), which finds the throughput at that
 * concurrency; and on a schedule ({@link #paced}), where each request has an intended send time
 * and is timed from it, not from when it could be sent. A server that stalls for 100 ms then shows
 * 100 ms on every request that should have been sent meanwhile, instead of on one (no coordinated
 * omission: the wrk2 model).
 */
final class LoadGenerator {

  private final int port;
  private final boolean gzip;
  private final List<String> paths;
  private final AtomicInteger next = new AtomicInteger();

  /** @param gzip whether the clients accept gzip answers */
  LoadGenerator(int port, boolean gzip, List<String> paths) {
    this.port = port;
    this.gzip = gzip;
    this.paths = List.copyOf(paths);
  }

  /** {@code clients} clients, each sending its next request as soon as the last is answered. */
  LatencyStats saturate(int clients, Duration duration) throws InterruptedException {
    return run(clients, duration, 0);
  }

  /** {@code clients} clients sending {@code perSecond} requests a second between them, evenly spaced. */
  LatencyStats paced(int clients, double perSecond, Duration duration) throws InterruptedException {
    return run(clients, duration, Math.max(1, Math.round(clients * 1e9 / perSecond)));
  }

  private LatencyStats run(int clients, Duration duration, long intervalNanos) throws InterruptedException {
    long start = System.nanoTime() + 1_000_000; // every client starts on the same schedule
    long end = start + duration.toNanos();
    List<Client> running = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      long offset = intervalNanos * i / clients;
      Client client = new Client(start + offset, end, intervalNanos);
      client.thread.start();
      running.add(client);
    }
    Histogram all = LatencyStats.histogram();
    long errors = 0;
    long last = end;
    for (Client client : running) {
      client.thread.join();
      all.add(client.latencies);
      errors += client.errors;
      last = Math.max(last, client.finished);
    }
    // Back to back, the rate is what was answered in the time it took; paced, it is the schedule's.
    double seconds = (intervalNanos == 0 ? last - start : end - start) / 1e9;
    return LatencyStats.of(all, errors, seconds);
  }

  /** One client: a thread, a connection, and its own histogram (no sharing while measuring). */
  private final class Client implements Runnable {
    final Histogram latencies = LatencyStats.histogram();
    final Thread thread = new Thread(this, "bench-client");
    private final long first;
    private final long end;
    private final long interval;
    long errors;
    long finished;

    Client(long first, long end, long interval) {
      this.first = first;
      this.end = end;
      this.interval = interval;
      thread.setDaemon(true);
    }

    @Override
    public void run() {
      try (LoopbackClient http = new LoopbackClient(port, gzip)) {
        waitUntil(first);
        // A server too slow for the schedule must not keep us here for ever: stop at twice the phase.
        long giveUp = end + (end - first);
        for (long k = 0; ; k++) {
          long intended = interval == 0 ? System.nanoTime() : first + k * interval;
          if (intended >= end || System.nanoTime() >= giveUp) {
            break;
          }
          waitUntil(intended);
          boolean ok = send(http);
          long done = System.nanoTime();
          if (ok) {
            latencies.recordValue(done - intended);
          }
          finished = done;
        }
      }
    }

    private boolean send(LoopbackClient http) {
      try {
        if (http.get(paths.get(Math.floorMod(next.getAndIncrement(), paths.size()))).status() == 200) {
          return true;
        }
      } catch (IOException | RuntimeException e) {
        // counted below; the client reconnects on its next request
      }
      errors++;
      return false;
    }
  }

  private static void waitUntil(long nanoTime) {
    for (long wait = nanoTime - System.nanoTime(); wait > 0; wait = nanoTime - System.nanoTime()) {
      LockSupport.parkNanos(wait);
    }
  }
}
