package fr.trouvaille.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SharedAnalysisTest {

  private static final SharedAnalysis TEXT_AND_PHRASE = FrenchAnalysis.textAndPhrase();

  @ParameterizedTest
  @ValueSource(strings = {
      "Pour tous, l’occasion de voir Nur-Sultan et le Haut‑Karabakh : jusqu'à l'ODKB.",
      "Article L. 121-3 : « Les élections présidentielles » ont lieu d’ici là, à l’Asie-Centrale.",
      "", "de la", "  l’ — 2019-06 Tokaïev ŒUVRE aujourd’hui"})
  void analysing_once_gives_each_field_the_tokens_of_its_own_chain(String text) throws IOException {
    SharedAnalysis.Streams streams = TEXT_AND_PHRASE.streams("text", text);
    // In this order, as the index consumes them.
    List<String> text1 = tokens(streams.first());
    List<String> phrase = tokens(streams.second());
    assertEquals(tokens(FrenchAnalysis.indexAnalyzer().tokenStream("text", text)), text1);
    assertEquals(tokens(FrenchAnalysis.phraseIndexAnalyzer().tokenStream("phrase", text)), phrase);
  }

  @ParameterizedTest
  @ValueSource(strings = {"L’Élysée et l'élysée, Tokaïev à Nur-Sultan : ÉTAT, état.", "", "frigorifiques"})
  void surface_words_are_the_distinct_words_of_the_words_chain(String text) throws IOException {
    Analyzer words = FrenchAnalysis.wordsAnalyzer();
    List<String> expected = new ArrayList<>(new LinkedHashSet<>(
        tokens(words.tokenStream("words", text)).stream()
            .filter(t -> !t.startsWith("end ")).map(t -> t.substring(0, t.indexOf(' '))).toList()));
    assertEquals(expected, WordForms.surface(text).words());
    assertEquals(WordForms.keys(text), String.join(" ", WordForms.surface(text).keys()));
  }

  // Each token with its offsets and positions: the same terms in other places would not do.
  private static List<String> tokens(TokenStream stream) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (stream) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term + " " + offset.startOffset() + "-" + offset.endOffset()
            + " +" + increment.getPositionIncrement() + "/" + length.getPositionLength());
      }
      stream.end();
      tokens.add("end " + offset.endOffset() + " +" + increment.getPositionIncrement());
    }
    return tokens;
  }
}
