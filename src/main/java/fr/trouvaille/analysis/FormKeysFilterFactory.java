package fr.trouvaille.analysis;

import java.io.IOException;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenFilterFactory;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Keeps every token and gathers the {@link WordForms} keys of the distinct words among them
 * ({@link FormKeysAttribute}), placed where the tokens are still the words as written (after the
 * tokenizer and the elision): the index's completion keys then come from the text's own
 * tokenization instead of a second one over the whole text. A hyphen between letters reaches it
 * as a middle dot ({@link FrenchAnalysis#HYPHEN_BETWEEN_LETTERS}): the word is gathered as its
 * parts, as the standard tokenizer alone would give them ({@code Nur-Sultan}: {@code Nur},
 * {@code Sultan}); so is a word written with a middle dot. Embedded only: a SolrCloud configset
 * cannot ship this class (its documents carry the keys made by {@link WordForms#keys}).
 */
public final class FormKeysFilterFactory extends TokenFilterFactory {

  /** The name a chain's description gives it; not registered for lookup by name. */
  public static final String NAME = "formKeys";

  public FormKeysFilterFactory(Map<String, String> args) {
    super(args);
    if (!args.isEmpty()) {
      throw new IllegalArgumentException("Unknown parameters: " + args);
    }
  }

  /** Default constructor for the SPI. */
  public FormKeysFilterFactory() {
    throw defaultCtorException();
  }

  @Override
  public TokenStream create(TokenStream input) {
    return new Gathering(input);
  }

  private static final class Gathering extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final FormKeysAttribute keys = addAttribute(FormKeysAttribute.class);
    private final DistinctKeys distinct = new DistinctKeys();

    Gathering(TokenStream input) {
      super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
      if (!input.incrementToken()) {
        return false;
      }
      char[] buffer = term.buffer();
      int start = 0;
      for (int i = 0; i <= term.length(); i++) {
        if (i == term.length() || buffer[i] == FrenchAnalysis.HYPHEN_MARK) {
          String key = distinct.keyIfNew(buffer, start, i - start);
          if (key != null) {
            keys.add(key);
          }
          start = i + 1;
        }
      }
      return true;
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      distinct.restart();
      keys.restart();
    }
  }
}
