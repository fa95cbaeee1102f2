package fr.trouvaille.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenizerFactory;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ResourceLoader;

/**
 * An analysis chain as data: char filters, one tokenizer, token filters. Lucene builds an analyzer
 * from it ({@link #build}); a Solr schema writer turns the same steps into a field type.
 */
public record AnalysisChain(List<AnalysisStep> steps) {

  /** Parameters whose value names a file the factory reads through its resource loader. */
  public static final Set<String> FILE_PARAMS = Set.of("words", "types", "synonyms");

  public AnalysisChain {
    steps = List.copyOf(steps);
    if (steps.stream().filter(s -> s.kind() == AnalysisStep.Kind.TOKENIZER).count() != 1) {
      throw new IllegalArgumentException("a chain has exactly one tokenizer");
    }
  }

  /** This chain followed by {@code more} steps. */
  AnalysisChain then(AnalysisStep... more) {
    List<AnalysisStep> all = new ArrayList<>(steps);
    all.addAll(List.of(more));
    return new AnalysisChain(all);
  }

  /** The analyzer, with files read from {@code loader}. */
  public Analyzer build(ResourceLoader loader) {
    try {
      CustomAnalyzer.Builder builder = CustomAnalyzer.builder(loader);
      for (AnalysisStep step : steps) {
        // The factories consume their parameters from the map they are given: hand each a copy.
        HashMap<String, String> params = new HashMap<>(step.params());
        switch (step.kind()) {
          case CHAR_FILTER -> builder.addCharFilter(step.factory().asSubclass(CharFilterFactory.class), params);
          case TOKENIZER -> builder.withTokenizer(step.factory().asSubclass(TokenizerFactory.class), params);
          case TOKEN_FILTER -> builder.addTokenFilter(step.factory().asSubclass(TokenFilterFactory.class), params);
        }
      }
      return builder.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the analysis chain " + this, e);
    }
  }

  /** The files the steps read, by the names they use. */
  public Set<String> files() {
    Set<String> files = new TreeSet<>();
    steps.forEach(step -> step.params().forEach((name, value) -> {
      if (FILE_PARAMS.contains(name)) {
        files.add(value);
      }
    }));
    return files;
  }
}
