package fr.trouvaille.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChosenHeapTest {

  @Test
  void the_reindex_gets_the_heap_and_the_throughput_collector_unless_the_user_chose_them() {
    assertEquals(Optional.of(List.of("-Xmx1g", "-XX:+UseParallelGC")), ChosenHeap.options(List.of()));
    assertEquals(Optional.of(List.of("-Xmx1g", "-XX:+UseParallelGC")), ChosenHeap.options(List.of("-Dfile.encoding=UTF-8")));
    // The user's collector is kept: two collectors would stop the JVM.
    assertEquals(Optional.of(List.of("-Xmx1g")), ChosenHeap.options(List.of("-XX:+UseG1GC")));
    assertEquals(Optional.of(List.of("-Xmx1g")), ChosenHeap.options(List.of("-XX:+UseZGC")));
    // A heap of the user's keeps the reindex in their JVM, with whatever they chose.
    assertEquals(Optional.empty(), ChosenHeap.options(List.of("-Xmx256m")));
    assertEquals(Optional.empty(), ChosenHeap.options(List.of("-XX:MaxRAMPercentage=50")));
  }
}
