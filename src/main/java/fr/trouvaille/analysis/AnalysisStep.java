package fr.trouvaille.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One step of an analysis chain, by the factory name and parameters that both Lucene's
 * {@code CustomAnalyzer} and a Solr schema take ({@code <filter name="elision" ignoreCase="true"/>}).
 *
 * @param params in the order written, so a generated schema reads like the code
 */
public record AnalysisStep(Kind kind, String name, Map<String, String> params) {

  /** Where a step sits in the chain. */
  public enum Kind { CHAR_FILTER, TOKENIZER, TOKEN_FILTER }

  public AnalysisStep {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  static AnalysisStep charFilter(String name, String... params) {
    return new AnalysisStep(Kind.CHAR_FILTER, name, pairs(params));
  }

  static AnalysisStep tokenizer(String name, String... params) {
    return new AnalysisStep(Kind.TOKENIZER, name, pairs(params));
  }

  static AnalysisStep filter(String name, String... params) {
    return new AnalysisStep(Kind.TOKEN_FILTER, name, pairs(params));
  }

  private static Map<String, String> pairs(String... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("parameters come in name, value pairs");
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
