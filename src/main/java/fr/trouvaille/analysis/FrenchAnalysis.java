package fr.trouvaille.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;

/**
 * The French analysis chain of Trouvaille, written with the factory names a Solr schema uses, so the
 * same definition can be shipped to any engine built on Lucene.
 *
 * <p>Chain: standard tokenizer (Unicode word breaks), elision ({@code l’}, {@code d’}, {@code qu’} …
 * with both apostrophes), lower case, French stopwords (accented and folded spellings), ASCII folding
 * (so {@code Tokaiev} meets {@code Tokaïev}, {@code oeuvre} meets {@code œuvre}), French light
 * stemming (the stemmer Solr's {@code text_fr} and Elasticsearch's {@code french} use).
 */
public final class FrenchAnalysis {

  /** Classpath resource, relative to this class, holding the stopwords. */
  static final String STOPWORDS = "stopwords_fr.txt";

  private FrenchAnalysis() {}

  /** The analyzer used to index document text and to analyze query words. */
  public static Analyzer analyzer() {
    try {
      return CustomAnalyzer.builder(new ClasspathResourceLoader(FrenchAnalysis.class))
          .withTokenizer("standard")
          // Elision before lower case is fine: the filter ignores case, and it must see the
          // apostrophe-joined token that the standard tokenizer keeps whole ("l’occasion").
          .addTokenFilter("elision", "ignoreCase", "true")
          .addTokenFilter("lowercase")
          // Stopwords before folding, with a list holding both spellings ("était", "etait"):
          // removing them after folding would also remove words that only fold into a stopword.
          .addTokenFilter("stop", "words", STOPWORDS, "ignoreCase", "true")
          .addTokenFilter("asciiFolding")
          .addTokenFilter("frenchLightStem")
          .build();
    } catch (IOException e) {
      // The only resource is the stopword list inside our own jar: failing to read it is a build bug.
      throw new UncheckedIOException("cannot load the French stopwords from the classpath", e);
    }
  }
}
