package fr.trouvaille.bench;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Warms a JVM up until its JIT compilers have settled, not for a fixed time: on 2 cores, C2 keeps
 * compiling Lucene, Jetty and Jackson code for about a minute of load and takes a core from the
 * searches while it does (measured on the 90k legal codes: 7 s of compiler CPU in the first 10 s,
 * 0.2 s in the sixth). Figures taken before that describe the compiler, not the service.
 *
 * <p>Rounds of load follow each other until one spends less than {@link #SETTLED} of its time
 * compiling, or {@link #MAX_ROUNDS} have run; where the compiler's time cannot be read, one round.
 */
final class WarmUp {

  /** Share of a round's wall time spent compiling under which the JIT counts as settled. */
  static final double SETTLED = 0.05;
  /** Rounds at most, whatever the compiler does. */
  static final int MAX_ROUNDS = 12;

  /** One round of load of the given length. */
  interface Round {
    void run(Duration length) throws Exception;
  }

  /** What a warm-up took. */
  record Result(int rounds, Duration took, boolean settled) {}

  private WarmUp() {}

  /**
   * Runs rounds of {@code round} length until settled.
   *
   * @param compilerTime the JVM's compiler time so far, empty where it cannot be read
   */
  static Result untilSettled(Round load, Duration round, Supplier<Optional<Duration>> compilerTime) throws Exception {
    long start = System.nanoTime();
    for (int rounds = 1; ; rounds++) {
      Optional<Duration> before = compilerTime.get();
      load.run(round);
      Optional<Duration> after = compilerTime.get();
      if (before.isEmpty() || after.isEmpty()) {
        return new Result(rounds, Duration.ofNanos(System.nanoTime() - start), false);
      }
      double share = (double) after.get().minus(before.get()).toNanos() / round.toNanos();
      if (share < SETTLED || rounds == MAX_ROUNDS) {
        return new Result(rounds, Duration.ofNanos(System.nanoTime() - start), share < SETTLED);
      }
    }
  }
}
