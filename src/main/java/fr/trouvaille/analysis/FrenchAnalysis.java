package fr.trouvaille.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.apache.lucene.util.ResourceLoader;

/**
 * The French analysis chains of Trouvaille, written with the factory names a Solr schema uses, so the
 * same definition can be shipped to any engine built on Lucene.
 *
 * <p>Both chains: a hyphen between two letters becomes a middle dot (U+00B7), which the standard
 * tokenizer keeps inside a word (UAX#29 MidLetter), so {@code Nur-Sultan} reaches the filters whole;
 * standard tokenizer; elision ({@code l’}, {@code d’}, {@code qu’} … with both apostrophes); then
 * <ul>
 *   <li>at index time, the hyphenated word is indexed as its parts and joined ({@code nur},
 *       {@code sultan}, {@code nursultan}), so {@code Sultan}, {@code Nur-Sultan} and
 *       {@code Nursultan} all find it;
 *   <li>at query time, it is joined ({@code nursultan}), and synonyms apply.
 * </ul>
 * Then lower case, ASCII folding (so {@code Tokaiev} meets {@code Tokaïev}, {@code oeuvre} meets
 * {@code œuvre}), synonyms (query only), French stopwords, and French light stemming (the stemmer of
 * Solr's {@code text_fr} and Elasticsearch's {@code french}).
 */
public final class FrenchAnalysis {

  /** Classpath resources, relative to this class. */
  static final String STOPWORDS = "stopwords_fr.txt";
  static final String DELIMITER_TYPES = "word-delimiter-types.txt";
  /** The name under which {@link #queryAnalyzer} reads the synonyms from its resource loader. */
  public static final String SYNONYMS = "synonyms.txt";

  private static final String HYPHEN_BETWEEN_LETTERS = "(?<=\\p{L})[-\u2010\u2011](?=\\p{L})";
  private static final String MIDDLE_DOT = "\u00B7";

  private FrenchAnalysis() {}

  /** The analyzer of the indexed text: hyphenated words as parts and joined, stemmed. */
  public static Analyzer indexAnalyzer() {
    return build(classpath(), Stage.INDEX);
  }

  /** The analyzer of query words, without synonyms. */
  public static Analyzer queryAnalyzer() {
    return build(classpath(), Stage.QUERY);
  }

  /**
   * The analyzer of query words with the synonyms that {@code synonyms} serves under the name
   * {@link #SYNONYMS} (Solr format, already checked: a malformed rule fails here).
   */
  public static Analyzer queryAnalyzer(ResourceLoader synonyms) {
    return build(synonyms, Stage.QUERY_WITH_SYNONYMS);
  }

  /** How a synonym rule is read: the query chain up to, not including, the synonyms. */
  public static Analyzer synonymEntryAnalyzer() {
    return build(classpath(), Stage.SYNONYM_ENTRY);
  }

  /** Surface words for completion and spelling suggestions: lower case, elision, nothing else. */
  public static Analyzer wordsAnalyzer() {
    try {
      return CustomAnalyzer.builder(classpath())
          .withTokenizer("standard")
          .addTokenFilter("elision", "ignoreCase", "true")
          .addTokenFilter("lowercase")
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private enum Stage { INDEX, QUERY, QUERY_WITH_SYNONYMS, SYNONYM_ENTRY }

  private static Analyzer build(ResourceLoader loader, Stage stage) {
    try {
      CustomAnalyzer.Builder chain = CustomAnalyzer.builder(loader)
          .addCharFilter("patternReplace", "pattern", HYPHEN_BETWEEN_LETTERS, "replacement", MIDDLE_DOT)
          .withTokenizer("standard")
          // Before lower case is fine (the filter ignores case), and it must see "l’occasion" whole.
          .addTokenFilter("elision", "ignoreCase", "true");
      if (stage == Stage.INDEX) {
        chain.addTokenFilter("wordDelimiterGraph",
                "generateWordParts", "1", "generateNumberParts", "1", "catenateWords", "1",
                "catenateNumbers", "0", "catenateAll", "0", "splitOnCaseChange", "0",
                "splitOnNumerics", "0", "preserveOriginal", "0", "stemEnglishPossessive", "0",
                "types", DELIMITER_TYPES)
            // An index cannot hold a token graph: flatten the joined form over its parts.
            .addTokenFilter("flattenGraph");
      } else {
        chain.addTokenFilter("patternReplace", "pattern", MIDDLE_DOT, "replacement", "", "replace", "all");
      }
      chain.addTokenFilter("lowercase").addTokenFilter("asciiFolding");
      if (stage == Stage.QUERY_WITH_SYNONYMS) {
        // After folding, so "Tokaiev" typed meets the rule's "Tokaïev"; before stopwords, because a
        // rule's words must follow each other without gaps ("Organisation du traité ..."); before
        // stemming, so a rule names words as people write them.
        chain.addTokenFilter("synonymGraph", "synonyms", SYNONYMS, "format", "solr", "expand", "true",
            "analyzer", SynonymEntryAnalyzer.class.getName());
      }
      if (stage != Stage.SYNONYM_ENTRY) {
        // The list holds each accented stopword and its folded spelling ("était", "etait").
        chain.addTokenFilter("stop", "words", STOPWORDS, "ignoreCase", "true")
            .addTokenFilter("frenchLightStem");
      }
      return chain.build();
    } catch (IOException e) {
      // The stopwords and types are inside our own jar; a synonyms loader serves checked rules.
      throw new UncheckedIOException("cannot build the French analyzer", e);
    }
  }

  private static ResourceLoader classpath() {
    return new ClasspathResourceLoader(FrenchAnalysis.class);
  }
}
