package fr.trouvaille.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalysisSPILoader;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.sinks.TeeSinkTokenFilter;
import org.apache.lucene.util.ResourceLoader;
import org.apache.lucene.util.ResourceLoaderAware;

/**
 * One text analysed for two fields whose chains share their first steps (the text and phrase fields:
 * hyphens, tokenizer, elision, word parts, folding): those steps run once, and each field's own last
 * steps run over a copy of their tokens. The tokens are the two chains' own ({@code SharedAnalysisTest});
 * the tokenizing, the word-delimiter graph and the folding, most of an analysis, are not done twice.
 *
 * <p>The first stream must be consumed before the second (Lucene inverts a document's fields in the
 * order they were added).
 */
public final class SharedAnalysis {

  /** The token streams of the two fields, for one text. */
  public record Streams(TokenStream first, TokenStream second) {}

  private final Analyzer shared;
  private final List<TokenFilterFactory> firstTail;
  private final List<TokenFilterFactory> secondTail;

  SharedAnalysis(AnalysisChain shared, List<AnalysisStep> firstTail, List<AnalysisStep> secondTail, ResourceLoader loader) {
    this.shared = shared.build(loader);
    this.firstTail = factories(firstTail, loader);
    this.secondTail = factories(secondTail, loader);
  }

  /** The two streams of {@code text}: the first the shared steps' own, the second their copy. */
  public Streams streams(String field, String text) {
    TeeSinkTokenFilter tee = new TeeSinkTokenFilter(shared.tokenStream(field, text));
    TokenStream copy = tee.newSinkTokenStream();
    return new Streams(then(tee, firstTail), then(copy, secondTail));
  }

  private static TokenStream then(TokenStream stream, List<TokenFilterFactory> tail) {
    for (TokenFilterFactory factory : tail) {
      stream = factory.create(stream);
    }
    return stream;
  }

  private static List<TokenFilterFactory> factories(List<AnalysisStep> steps, ResourceLoader loader) {
    return steps.stream().map(step -> {
      if (step.kind() != AnalysisStep.Kind.TOKEN_FILTER) {
        throw new IllegalArgumentException("after the shared steps come token filters only: " + step);
      }
      // The factories consume their parameters from the map they are given: hand each a copy.
      TokenFilterFactory factory = AnalysisSPILoader.newFactoryClassInstance(
          step.factory().asSubclass(TokenFilterFactory.class), new HashMap<>(step.params()));
      if (factory instanceof ResourceLoaderAware aware) {
        try {
          aware.inform(loader);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot read the files of " + step, e);
        }
      }
      return factory;
    }).toList();
  }
}
