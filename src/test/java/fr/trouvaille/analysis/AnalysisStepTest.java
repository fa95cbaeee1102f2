package fr.trouvaille.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.util.ElisionFilterFactory;
import org.junit.jupiter.api.Test;

class AnalysisStepTest {

  private static final List<AnalysisChain> CHAINS = List.of(
      FrenchAnalysis.indexChain(), FrenchAnalysis.phraseIndexChain(), FrenchAnalysis.queryChain(true),
      FrenchAnalysis.queryChain(false), FrenchAnalysis.phraseQueryChain(), FrenchAnalysis.wordsChain());

  // The Solr schema names each step; Solr finds the factory by that name through the same SPI.
  @Test
  void each_step_name_finds_its_own_factory_class() {
    for (AnalysisChain chain : CHAINS) {
      assertFalse(chain.steps().isEmpty());
      for (AnalysisStep step : chain.steps()) {
        Class<?> found = switch (step.kind()) {
          case CHAR_FILTER -> CharFilterFactory.lookupClass(step.name());
          case TOKENIZER -> TokenizerFactory.lookupClass(step.name());
          case TOKEN_FILTER -> TokenFilterFactory.lookupClass(step.name());
        };
        assertEquals(step.factory(), found, step.toString());
      }
    }
  }

  @Test
  void a_step_is_named_as_a_solr_schema_names_it() {
    AnalysisStep elision = AnalysisStep.filter(ElisionFilterFactory.class, "ignoreCase", "true");
    assertEquals("elision", elision.name());
    assertEquals(AnalysisStep.Kind.TOKEN_FILTER, elision.kind());
  }
}
