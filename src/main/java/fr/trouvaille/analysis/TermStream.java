package fr.trouvaille.analysis;

import java.util.List;
import java.util.function.Supplier;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Terms worked out before indexing, one token each: a field whose words are known already (the
 * keys of {@link WordForms}) is not tokenized again.
 */
public final class TermStream extends TokenStream {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final Supplier<List<String>> source;
  private List<String> terms = List.of();
  private int next;

  public TermStream(List<String> terms) {
    List<String> copy = List.copyOf(terms);
    this.source = () -> copy;
  }

  /**
   * Terms known only when the stream is reset: those another field of the same document gathers as
   * it is indexed ({@link FormKeysAttribute}). Lucene indexes a document's fields in their order,
   * so that field must come first.
   */
  public TermStream(Supplier<List<String>> terms) {
    this.source = terms;
  }

  @Override
  public boolean incrementToken() {
    if (next == terms.size()) {
      return false;
    }
    clearAttributes();
    term.setEmpty().append(terms.get(next++));
    return true;
  }

  @Override
  public void reset() throws java.io.IOException {
    super.reset();
    terms = source.get();
    next = 0;
  }
}
