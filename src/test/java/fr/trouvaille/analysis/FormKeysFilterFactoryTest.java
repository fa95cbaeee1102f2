package fr.trouvaille.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormKeysFilterFactoryTest {

  private final Analyzer text = FrenchAnalysis.textIndexAnalyzer();

  /** The keys the text's own analysis gathers, the stream consumed as the index consumes it. */
  private List<String> gathered(String input) throws IOException {
    try (TokenStream stream = text.tokenStream("text", input)) {
      FormKeysAttribute keys = stream.getAttribute(FormKeysAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        // the index reads every token
      }
      stream.end();
      return List.copyOf(keys.keys());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "L'État et l’État, Mélenchon et MÉLENCHON",
      "Nur-Sultan, rebaptisée Astana ; le Kazakhstan",
      "l’œuvre d'art qu’il a faite",
      "Le président Tokaïev a demandé l'aide de l'OTSC le 5 janvier 2022."})
  void gathers_the_keys_a_separate_tokenization_makes(String input) throws IOException {
    assertEquals(WordForms.keyList(input), gathered(input));
  }

  @Test
  void a_hyphenated_word_is_gathered_as_its_parts() throws IOException {
    assertEquals(List.of("nur|Nur", "sultan|Sultan"), gathered("Nur-Sultan"));
  }

  @Test
  void each_text_starts_from_nothing_even_after_a_long_one() throws IOException {
    String many = IntStream.range(0, 2000).mapToObj(i -> "mot" + i).collect(Collectors.joining(" "));
    assertEquals(2000, gathered(many).size());
    assertEquals(List.of("etat|État", "mot1|mot1"), gathered("État mot1 État"));
    assertEquals(List.of("mot1|mot1"), gathered("mot1"));
  }
}
