package fr.trouvaille.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OneLineTest {

  @Test
  void runs_of_blanks_and_line_breaks_become_one_space_and_the_ends_are_trimmed() {
    assertEquals("Le <mark>Sénat</mark> a voté. … Puis l’Assemblée.",
        OneLine.of("\n  Le <mark>Sénat</mark>\r\n\ta voté.\f …\u000B\n\nPuis l’Assemblée.  \n"));
  }

  @Test
  void other_spaces_are_text_and_stay() {
    // A no-break space (before « : » in French) is not a line break: regex \s does not match it either.
    assertEquals("prix\u00a0: 3\u202f€", OneLine.of("prix\u00a0: 3\u202f€"));
    assertEquals("", OneLine.of(" \n\t "));
  }
}
