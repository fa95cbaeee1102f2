package fr.trouvaille.search;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FirstPassagesTest {

  @Test
  void a_bound_of_no_passage_is_refused() {
    assertThrows(IllegalArgumentException.class,
        () -> new FirstPassages("text", null, null, null, 2, 0, null, null, 0));
  }
}
