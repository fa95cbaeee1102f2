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

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', textBlock = """
      kazakhstan ; Kazakhstan
      côte       ; Côte
      cote       ; cote
      otsc       ; OTSC
      zanzibar   ; zanzibar
      """)
  void a_correction_reads_as_the_documents_most_often_write_it(String word, String written) {
    List<Counted> keys = List.of(
        new Counted("kazakhstan|Kazakhstan", 20), new Counted("kazakhstan|kazakhstan", 2),
        new Counted("kazakhstan|KAZAKHSTAN", 3),
        // Folded alike, but the correction keeps its accents: côte is not côté.
        new Counted("cote|côté", 50), new Counted("cote|Côte", 4), new Counted("cote|côte", 4), new Counted("cote|cote", 1),
        new Counted("otsc|OTSC", 7));
    List<Counted> own = keys.stream().filter(key -> key.key().startsWith(WordForms.keyPrefix(word))).toList();
    assertEquals(written, WordForms.written(word, own));
  }

  @Test
  void folds_every_character_as_lucenes_folding_filter_does() {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String word = "a" + (char) c + "é" + (char) c;
      char[] lower = word.toLowerCase(java.util.Locale.ROOT).toCharArray();
      char[] out = new char[lower.length * 4];
      int length = org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter.foldToASCII(lower, 0, out, 0, lower.length);
      assertEquals(new String(out, 0, length), WordForms.folded(word), () -> "U+" + Integer.toHexString(word.charAt(1)));
    }
  }
}
