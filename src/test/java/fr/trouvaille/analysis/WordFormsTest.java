package fr.trouvaille.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.trouvaille.analysis.WordForms.Counted;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordFormsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', textBlock = """
      L'État a dit         ; etat|État a|a dit|dit
      Mélenchon, mélenchon ; melenchon|Mélenchon melenchon|mélenchon
      l’œuvre et l'œuvre   ; oeuvre|œuvre et|et
      """)
  void keys_are_the_folded_word_then_the_word_as_written_once_each(String text, String keys) {
    assertEquals(keys, WordForms.keys(text));
  }

  @Test
  void offers_of_each_word_the_form_most_documents_use_the_most_used_words_first() {
    List<Counted> candidates = List.of(
        new Counted("melchior|Melchior", 3), new Counted("melenchon|Mélenchon", 172),
        new Counted("melenchon|melenchon", 1), new Counted("melenchon|MÉLENCHON", 2), new Counted("melun|Melun", 3));
    assertEquals(List.of("Mélenchon", "Melchior", "Melun"), WordForms.best(candidates, 10));
    assertEquals(List.of("Mélenchon"), WordForms.best(candidates, 1));
  }
}
