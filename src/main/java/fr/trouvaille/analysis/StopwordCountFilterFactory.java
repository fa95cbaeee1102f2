package fr.trouvaille.analysis;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Keeps every token and counts the stopwords among them ({@link StopwordCountAttribute}), read with
 * the same parameters as the stop filter ({@code words}, {@code ignoreCase}): the embedded index
 * keeps a text's stopwords for phrases, and its norms leave them out of the text's length as the
 * stop filter did ({@code TextNorms}). Embedded only: a SolrCloud configset cannot ship this class.
 */
public final class StopwordCountFilterFactory extends StopFilterFactory {

  /** The name a chain's description gives it; not registered for lookup by name. */
  public static final String NAME = "stopwordCount";

  public StopwordCountFilterFactory(Map<String, String> args) {
    super(args);
  }

  /** Default constructor for the SPI. */
  public StopwordCountFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new Counting(input, getStopWords());
  }

  private static final class Counting extends TokenFilter {
    private final CharArraySet stopwords;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final StopwordCountAttribute counted = addAttribute(StopwordCountAttribute.class);

    Counting(TokenStream input, CharArraySet stopwords) {
      super(input);
      this.stopwords = stopwords;
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      if (stopwords.contains(term.buffer(), 0, term.length())) {
        counted.add();
      }
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      counted.restart();
    }
  }
}
