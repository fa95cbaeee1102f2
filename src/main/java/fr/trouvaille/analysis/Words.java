package fr.trouvaille.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        words.add(new Word(term.toString(), offset.startOffset(), offset.endOffset()));
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analysis of a String does not fail
    }
    return words;
  }
}
