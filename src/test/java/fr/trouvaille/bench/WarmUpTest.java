package fr.trouvaille.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WarmUpTest {

  private static final Duration ROUND = Duration.ofMillis(100);

  /** A JIT that compiles for the given milliseconds in each successive round, then not at all. */
  private static final class FakeJit {
    private final long[] perRound;
    private final List<Duration> rounds = new ArrayList<>();
    private long compiled;

    FakeJit(long... perRound) {
      this.perRound = perRound;
    }

    void round(Duration length) {
      compiled += rounds.size() < perRound.length ? perRound[rounds.size()] : 0;
      rounds.add(length);
    }

    Optional<Duration> time() {
      return Optional.of(Duration.ofMillis(compiled));
    }
  }

  @Test
  void rounds_go_on_while_the_compiler_is_busy_and_stop_once_it_has_settled() throws Exception {
    FakeJit jit = new FakeJit(70, 40, 20, 4);
    WarmUp.Result result = WarmUp.untilSettled(jit::round, ROUND, jit::time);
    assertEquals(4, result.rounds(), "70 %, 40 %, 20 % of a round compiling, then 4 % < 5 %");
    assertTrue(result.settled());
    assertEquals(List.of(ROUND, ROUND, ROUND, ROUND), jit.rounds);
  }

  @Test
  void a_compiler_that_never_settles_is_given_a_bounded_number_of_rounds() throws Exception {
    long[] busy = new long[50];
    java.util.Arrays.fill(busy, 50);
    FakeJit jit = new FakeJit(busy);
    WarmUp.Result result = WarmUp.untilSettled(jit::round, ROUND, jit::time);
    assertEquals(WarmUp.MAX_ROUNDS, result.rounds());
    assertFalse(result.settled());
  }

  @Test
  void where_compiler_time_cannot_be_read_one_round_is_run() throws Exception {
    FakeJit jit = new FakeJit(70);
    WarmUp.Result result = WarmUp.untilSettled(jit::round, ROUND, Optional::empty);
    assertEquals(1, result.rounds());
    assertFalse(result.settled());
  }
}
