package fr.trouvaille.analysis;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.AbstractAnalysisFactory;
import org.apache.lucene.analysis.AnalysisSPILoader;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;

/**
 * One step of an analysis chain: a Lucene factory class and its parameters. A Solr schema names the
 * same factory by its SPI name ({@link #name()}, {@code <filter name="elision" ignoreCase="true"/>}).
 *
 * <p>By class rather than by name: looking a factory up by name makes Lucene load and inspect every
 * analysis factory on the class path (141 of them) before the server can answer its first search.
 *
 * @param params in the order written, so a generated schema reads like the code
 */
public record AnalysisStep(Class<? extends AbstractAnalysisFactory> factory, Map<String, String> params) {

  /** Where a step sits in the chain. */
  public enum Kind { CHAR_FILTER, TOKENIZER, TOKEN_FILTER }

  public AnalysisStep {
    params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    kind(factory); // a factory of another kind has no place in a chain
  }

  /** The step's place in a chain, from its factory's type. */
  public Kind kind() {
    return kind(factory);
  }

  /** The factory's SPI name, as a Solr schema and {@code CustomAnalyzer}'s string methods take it. */
  public String name() {
    try {
      return AnalysisSPILoader.lookupSPIName(factory);
    } catch (NoSuchFieldException | IllegalAccessException e) {
      throw new IllegalStateException("the factory " + factory.getName() + " declares no NAME", e);
    }
  }

  static AnalysisStep charFilter(Class<? extends CharFilterFactory> factory, String... params) {
    return new AnalysisStep(factory, pairs(params));
  }

  static AnalysisStep tokenizer(Class<? extends TokenizerFactory> factory, String... params) {
    return new AnalysisStep(factory, pairs(params));
  }

  static AnalysisStep filter(Class<? extends TokenFilterFactory> factory, String... params) {
    return new AnalysisStep(factory, pairs(params));
  }

  private static Kind kind(Class<? extends AbstractAnalysisFactory> factory) {
    if (CharFilterFactory.class.isAssignableFrom(factory)) {
      return Kind.CHAR_FILTER;
    }
    if (TokenizerFactory.class.isAssignableFrom(factory)) {
      return Kind.TOKENIZER;
    }
    if (TokenFilterFactory.class.isAssignableFrom(factory)) {
      return Kind.TOKEN_FILTER;
    }
    throw new IllegalArgumentException("not a char filter, tokenizer or token filter factory: " + factory.getName());
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
