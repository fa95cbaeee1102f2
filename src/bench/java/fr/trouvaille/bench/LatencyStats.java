package fr.trouvaille.bench;

import org.HdrHistogram.Histogram;

/**
 * Rate and latency of one measured phase. Latencies are in milliseconds.
 *
 * @param requests answered requests
 * @param errors requests that failed or were not answered 200
 * @param seconds length of the phase
 * @param perSecond answered requests per second
 * @param cpuMsPerRequest CPU time of the serving side per request (the server process, or the
 *     reference's thread), or NaN when not measured: steadier than latency on a busy machine
 */
public record LatencyStats(
    long requests, long errors, double seconds, double perSecond, double p50, double p90, double p99, double max,
    double cpuMsPerRequest) {

  private static final double NANOS_PER_MILLI = 1_000_000.0;

  /** The figures of {@code nanos}, a histogram of latencies in nanoseconds. */
  static LatencyStats of(Histogram nanos, long errors, double seconds) {
    long count = nanos.getTotalCount();
    return new LatencyStats(count, errors, seconds, seconds > 0 ? count / seconds : 0,
        millis(nanos, 50), millis(nanos, 90), millis(nanos, 99), nanos.getMaxValue() / NANOS_PER_MILLI, Double.NaN);
  }

  /** These figures, with {@code cpuNanos} of CPU time spent serving them. */
  LatencyStats withCpu(long cpuNanos) {
    return new LatencyStats(requests, errors, seconds, perSecond, p50, p90, p99, max,
        requests == 0 ? Double.NaN : cpuNanos / NANOS_PER_MILLI / requests);
  }

  /** A histogram for latencies in nanoseconds: three significant digits, any range. */
  static Histogram histogram() {
    return new Histogram(3);
  }

  private static double millis(Histogram nanos, double percentile) {
    return nanos.getTotalCount() == 0 ? 0 : nanos.getValueAtPercentile(percentile) / NANOS_PER_MILLI;
  }
}
