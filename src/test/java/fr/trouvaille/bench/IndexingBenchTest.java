package fr.trouvaille.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class IndexingBenchTest {

  @Test
  void indexing_keeps_the_median_wall_time_and_the_median_cpu_time_of_its_runs() {
    IndexingResult.Timing median = IndexingBench.median(List.of(
        new IndexingResult.Timing(30, 100), new IndexingResult.Timing(10, 300), new IndexingResult.Timing(20, 200)));
    assertEquals(new IndexingResult.Timing(20, 200), median);
  }
}
