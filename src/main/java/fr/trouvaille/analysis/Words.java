package fr.trouvaille.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** The words an analyzer makes of a text, with where each stands in it. */
public final class Words {

  /** One word: its analyzed text and its span in the source text. */
  public record Word(String text, int start, int end) {}

  private Words() {}

  /** Runs {@code analyzer} over {@code text}. */
  public static List<Word> of(Analyzer analyzer, String text) {
    List<Word> words = new ArrayList<>();
    run(analyzer, text, (term, offset) -> words.add(new Word(term.toString(), offset.startOffset(), offset.endOffset())));
    return words;
  }

  /** Each word {@code analyzer} makes of {@code text}, without its span (no record per word of a long text). */
  public static void each(Analyzer analyzer, String text, Consumer<String> word) {
    run(analyzer, text, (term, offset) -> word.accept(term.toString()));
  }

  private static void run(Analyzer analyzer, String text, BiConsumer<CharTermAttribute, OffsetAttribute> each) {
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        each.accept(term, offset);
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysis of a String does not fail
    }
  }
}
