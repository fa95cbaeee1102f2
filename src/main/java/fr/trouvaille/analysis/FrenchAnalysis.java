package fr.trouvaille.analysis;

import static fr.trouvaille.analysis.AnalysisStep.charFilter;
import static fr.trouvaille.analysis.AnalysisStep.filter;
import static fr.trouvaille.analysis.AnalysisStep.tokenizer;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.FlattenGraphFilterFactory;
import org.apache.lucene.analysis.core.LowerCaseFilterFactory;
import org.apache.lucene.analysis.core.StopFilterFactory;
import org.apache.lucene.analysis.fr.FrenchLightStemFilterFactory;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilterFactory;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceFilterFactory;
import org.apache.lucene.analysis.standard.StandardTokenizerFactory;
import org.apache.lucene.analysis.synonym.SynonymGraphFilterFactory;
import org.apache.lucene.analysis.util.ElisionFilterFactory;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.apache.lucene.util.ResourceLoader;

/**
 * The French analysis chains of Trouvaille, written with Lucene's factory classes, whose SPI names a
 * Solr schema uses, so the same definition can be shipped to any engine built on Lucene.
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
 *
 * <p>Each chain is data ({@link AnalysisChain}): the embedded index builds its analyzers from it, and
 * the SolrCloud backend writes the same steps into its schema.
 */
public final class FrenchAnalysis {

  /** Classpath resources, relative to this class. */
  static final String STOPWORDS = "stopwords_fr.txt";
  static final String DELIMITER_TYPES = "word-delimiter-types.txt";
  /**
   * The name under which the query chain reads the synonyms from its resource loader: rules in Solr
   * format whose entries are already analyzed ({@link SynonymRules#compiled()}), so the synonym
   * filter splits them on spaces only, in Lucene as in Solr.
   */
  public static final String SYNONYMS = "synonyms.txt";

  /** A hyphen between two letters, which the chains join ({@code Nur-Sultan}): a regular expression. */
  public static final String HYPHEN_BETWEEN_LETTERS = "(?<=\\p{L})[-\u2010\u2011](?=\\p{L})";
  /** What a hyphen between two letters becomes before the tokenizer. */
  static final char HYPHEN_MARK = '\u00B7';
  private static final String MIDDLE_DOT = String.valueOf(HYPHEN_MARK);

  private FrenchAnalysis() {}

  /** The analyzer of the indexed text: hyphenated words as parts and joined, stemmed. */
  public static Analyzer indexAnalyzer() {
    return indexChain().build(classpath());
  }

  /** The analyzer of query words, without synonyms. */
  public static Analyzer queryAnalyzer() {
    return queryChain(false).build(classpath());
  }

  /**
   * The analyzer of query words with the synonyms that {@code synonyms} serves under the name
   * {@link #SYNONYMS} (compiled rules: see {@link SynonymRules#compiled()}).
   */
  public static Analyzer queryAnalyzer(ResourceLoader synonyms) {
    return queryChain(true).build(synonyms);
  }

  /** How a synonym rule is read: the query chain up to, not including, the synonyms. */
  public static Analyzer synonymEntryAnalyzer() {
    return entryChain().build(classpath());
  }

  /** Surface words for completion and spelling suggestions: lower case, elision, nothing else. */
  public static Analyzer wordsAnalyzer() {
    return wordsChain().build(classpath());
  }

  /**
   * The analyzer of SolrCloud's phrase field: the indexed text's chain keeping its stopwords, so a
   * quoted {@code "pour tous"} finds those two words side by side, not every {@code tous}.
   */
  public static Analyzer phraseIndexAnalyzer() {
    return phraseIndexChain().build(classpath());
  }

  /**
   * The analyzer of the embedded index's text and heading fields: the tokens of
   * {@link #phraseIndexAnalyzer()}, stopwords kept for phrases, and their stopwords counted
   * ({@link StopwordCountAttribute}) so that the field's length leaves them out, as the stop filter
   * did. Its positions are those of {@link #indexAnalyzer()}, whose stop filter leaves a gap where a
   * stopword stood: words searched without their stopwords ({@code "retrait des troupes"} as
   * {@code retrait _ troup}) match it as they match that one.
   */
  public static Analyzer textIndexAnalyzer() {
    // The words as written are gathered for completion before they are split and folded.
    return start().then(filter(FormKeysFilterFactory.class)).then(delimiting()).then(folding())
        .then(filter(StopwordCountFilterFactory.class, "words", STOPWORDS, "ignoreCase", "true"), stem())
        .build(classpath());
  }

  /** The analyzer of a quoted phrase or of stopwords searched alone: the query chain keeping its stopwords, no synonyms. */
  public static Analyzer phraseQueryAnalyzer() {
    return phraseQueryChain().build(classpath());
  }

  /** Words as written, case and accents kept, elision removed: the keys of {@link WordForms}. */
  public static Analyzer formsAnalyzer() {
    return new AnalysisChain(List.of(tokenizer(StandardTokenizerFactory.class), filter(ElisionFilterFactory.class, "ignoreCase", "true"))).build(classpath());
  }

  /** The chain of the indexed text. */
  public static AnalysisChain indexChain() {
    return indexShared().then(stemming());
  }

  /** The chain of {@link #phraseIndexAnalyzer()}: as {@link #indexChain()}, stopwords kept. */
  public static AnalysisChain phraseIndexChain() {
    return indexShared().then(stem());
  }

  // What the chains with and without stopwords share: the hyphenated word as parts and joined, folded.
  private static AnalysisChain indexShared() {
    return delimited().then(folding());
  }

  /** The chain of {@link #phraseQueryAnalyzer()}: as {@link #queryChain} without synonyms, stopwords kept. */
  public static AnalysisChain phraseQueryChain() {
    return entryChain().then(stem());
  }

  // Hyphenated words as their parts and joined.
  private static AnalysisChain delimited() {
    return start().then(delimiting());
  }

  // The steps of delimited() after the start: the hyphenated word split, joined, flattened.
  private static AnalysisStep[] delimiting() {
    return new AnalysisStep[] {
        filter(WordDelimiterGraphFilterFactory.class,
            "generateWordParts", "1", "generateNumberParts", "1", "catenateWords", "1",
            "catenateNumbers", "0", "catenateAll", "0", "splitOnCaseChange", "0",
            "splitOnNumerics", "0", "preserveOriginal", "0", "stemEnglishPossessive", "0",
            "types", DELIMITER_TYPES),
        // An index cannot hold a token graph: flatten the joined form over its parts.
        filter(FlattenGraphFilterFactory.class)};
  }

  /** The chain of query words, with the synonyms file {@link #SYNONYMS} or without synonyms. */
  public static AnalysisChain queryChain(boolean withSynonyms) {
    AnalysisChain folded = entryChain();
    if (withSynonyms) {
      // After folding, so "Tokaiev" typed meets the rule's "Tokaïev"; before stopwords, because a
      // rule's words must follow each other without gaps ("Organisation du traité ..."); before
      // stemming, so a rule names words as people write them. No "analyzer" parameter: the entries
      // were analyzed when the rules were compiled, and a Solr configset cannot ship our classes.
      folded = folded.then(filter(SynonymGraphFilterFactory.class, "synonyms", SYNONYMS, "format", "solr", "expand", "true"));
    }
    return folded.then(stemming());
  }

  /** The chain of the surface words (the {@code words} field). */
  public static AnalysisChain wordsChain() {
    return new AnalysisChain(List.of(
        tokenizer(StandardTokenizerFactory.class), filter(ElisionFilterFactory.class, "ignoreCase", "true"), filter(LowerCaseFilterFactory.class)));
  }

  /** One of the files the chains name ({@link AnalysisChain#files()}), as shipped in our jar. */
  public static InputStream openResource(String name) throws IOException {
    return classpath().openResource(name);
  }

  // Both chains: hyphens joined, standard tokenizer, elision.
  private static AnalysisChain start() {
    return new AnalysisChain(List.of(
        charFilter(PatternReplaceCharFilterFactory.class, "pattern", HYPHEN_BETWEEN_LETTERS, "replacement", MIDDLE_DOT),
        tokenizer(StandardTokenizerFactory.class),
        // Before lower case is fine (the filter ignores case), and it must see "l’occasion" whole.
        filter(ElisionFilterFactory.class, "ignoreCase", "true")));
  }

  // The query chain up to the synonyms: the hyphenated word joined, folded.
  private static AnalysisChain entryChain() {
    return start()
        .then(filter(PatternReplaceFilterFactory.class, "pattern", MIDDLE_DOT, "replacement", "", "replace", "all"))
        .then(folding());
  }

  private static AnalysisStep[] folding() {
    return new AnalysisStep[] {filter(LowerCaseFilterFactory.class), filter(ASCIIFoldingFilterFactory.class)};
  }

  private static AnalysisStep[] stemming() {
    return new AnalysisStep[] {
        // The list holds each accented stopword and its folded spelling ("était", "etait").
        filter(StopFilterFactory.class, "words", STOPWORDS, "ignoreCase", "true"), stem()};
  }

  private static AnalysisStep stem() {
    return filter(FrenchLightStemFilterFactory.class);
  }

  private static ResourceLoader classpath() {
    return new ClasspathResourceLoader(FrenchAnalysis.class);
  }
}
