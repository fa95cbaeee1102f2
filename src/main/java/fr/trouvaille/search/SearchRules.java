package fr.trouvaille.search;

import fr.trouvaille.index.IndexFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The search rules, written once: the embedded index and the SolrCloud backend both read them, so a
 * ranking change lands in both or in neither. What is searched and how much each field weighs, how
 * a query is read and loosened, the passages of a snippet, related documents, spelling.
 */
public final class SearchRules {

  /** A match in the title the author gave weighs twice a match in the text. */
  public static final float HEADING_WEIGHT = 2f;
  /** The searched fields and their weights; the shown title, when taken from the text, is searched as text only. */
  public static final Map<String, Float> FIELDS = Map.of(IndexFields.HEADING, HEADING_WEIGHT, IndexFields.TEXT, 1f);

  /** Up to this many words typed, a document must hold every word (when one does): short queries stay precise. */
  public static final int ALL_WORDS_UP_TO = 3;

  /**
   * Words that only frame a question; they weigh nothing when other words remain. A general French
   * list of interrogatives, folded and lower case; inverted verbs are {@link #FRAMING_VERBS}.
   */
  public static final Set<String> FRAMING_WORDS = Set.of(
      "comment", "pourquoi", "combien", "quel", "quelle", "quels", "quelles", "lequel", "laquelle", "lesquels",
      "lesquelles", "quoi", "ou", "quand", "y-a-t-il", "puis");

  /**
   * French function words that Snowball's stopword list (the index's) lacks: the prepositions,
   * conjunctions, adverbs, pronouns and determiners of Lucene's own former French stopword list
   * ({@code FrenchAnalyzer.FRENCH_STOP_WORDS}, its default until 3.1), folded, without its verb
   * forms ({@code est}, {@code doit}, {@code vu}) and the words that are also nouns or adjectives
   * ({@code son}, {@code divers}, {@code plein}), as Snowball leaves out {@code est} and {@code son}.
   * Like {@link #FRAMING_WORDS}, they weigh nothing while another word remains: {@code depuis},
   * {@code plus}, {@code si} in a question put documents that share only its grammar ahead of the
   * answer. Searched only at query time, so a quoted phrase and a query of them alone still find them.
   */
  public static final Set<String> FUNCTION_WORDS = Set.of(
      "afin", "ainsi", "apres", "auquel", "aussi", "autre", "autres", "auxquelles", "auxquels", "avant", "ca",
      "car", "celle", "celles", "celui", "cependant", "certain", "certaine", "certaines", "certains", "ceux",
      "chez", "ci", "comme", "contre", "dedans", "dehors", "dela", "depuis", "derriere", "desormais",
      "desquelles", "desquels", "dessous", "dessus", "devant", "devers", "donc", "dont", "duquel", "durant",
      "elles", "entre", "environ", "hormis", "hors", "jusqu", "jusque", "lorsque", "malgre", "memes", "mien",
      "mienne", "miennes", "miens", "moins", "neanmoins", "ni", "non", "notres", "outre", "parmi", "pendant",
      "plus", "plusieurs", "pres", "puisque", "quoique", "revoici", "revoila", "sauf", "selon", "si", "sien",
      "sienne", "siennes", "siens", "sinon", "sous", "tien", "tienne", "tiennes", "tous", "tout", "toute",
      "toutes", "vers", "voici", "voila", "votres");

  /**
   * Verbs that frame a question when inverted with their subject pronoun ({@code est-ce},
   * {@code qu'est-ce}, {@code peut-elle}, {@code existe-t-il}, {@code a-t-il}, {@code dois-je}):
   * being, having, existing and the modals, in the present, folded. Not when they stand in the
   * sentence ({@code je peux}, {@code Debian est}): weighed as words there, they ranked the judged
   * questions no better, and a definition's {@code X est} is worth finding.
   */
  public static final Set<String> FRAMING_VERBS = Set.of(
      "est", "qu'est", "sont", "a", "ont", "existe", "existent",
      "peux", "peut", "peuvent", "puis", "pouvons", "pouvez", "dois", "doit", "doivent", "devons", "devez", "faut");

  /** Proximity pairs: words at most this far apart in the query ({@link #nearPairs}). */
  public static final int NEAR_REACH = 2;
  /**
   * Proximity pairs: the slop allowed per word between the two ({@link #nearPairs}). 3 rather than
   * 5 (the words within a clause, not the sentence): MRR@10 0.549 to 0.556 on the judged questions;
   * on the man pages one query more found, 0.002 of MRR@10 less (docs/ranking.md).
   */
  public static final int NEAR_SLOP = 3;
  /**
   * Proximity reorders this many best hits by the words' scores (Elasticsearch's {@code rescore}
   * window, Solr's {@code reRankDocs}): matching the pairs on every hit was a quarter of a long
   * query's CPU on the 90k legal codes, for hits that cannot reach the first pages.
   */
  public static final int NEAR_WINDOW = 100;

  /**
   * BM25's term frequency saturation and length normalisation. Lucene's defaults are 1.2 and 0.75;
   * 1.5 and 0.8 ranked better on both judged sets (a short page that is about the words over a
   * long one that mentions them).
   */
  public static final float BM25_K1 = 1.5f;
  public static final float BM25_B = 0.8f;

  /**
   * A {@code prefix*} is searched as the words of the corpus, as written, that begin with it: at most
   * this many, the most frequent (two fields each, so a few prefixes stay within Lucene's clause limit).
   */
  public static final int MAX_PREFIX_FORMS = 64;

  /**
   * When a query is loosened to close spellings, the documents holding the did-you-mean correction
   * weigh this much more ({@code Macorn}: those with {@code Macron} first, then other close words).
   */
  public static final float CORRECTION_WEIGHT = 10f;

  /** Words of a query tried with close spellings, at most. */
  public static final int MAX_FUZZY_WORDS = 8;

  /** Snippet passages: about this many characters, cut at sentence ends. */
  public static final int PASSAGE_LENGTH = 160;
  /** Where the match sits in a passage cut from a long sentence: a third in, as Solr's default. */
  public static final float MATCH_ALIGNMENT = 0.33f;
  /** Passages per hit on a results page. */
  public static final int PASSAGES = 2;
  /**
   * A hit's passages are the best of its first this many passages holding a match, in text order: a
   * novel holds thousands of matches of a common word, and scoring a passage around each cost more
   * than the rest of a search (the reading view still marks every match).
   */
  public static final int SNIPPET_CANDIDATES = 64;

  /** Related documents (MoreLikeThis): a word counts once it appears once in the document... */
  public static final int RELATED_MIN_TERM_FREQ = 1;
  /** ... and in two documents at least (a folder of a few dozen articles needs low thresholds)... */
  public static final int RELATED_MIN_DOC_FREQ = 2;
  /** ... and has 3 letters or more; the 30 best such words make the query. */
  public static final int RELATED_MIN_WORD_LENGTH = 3;
  public static final int RELATED_MAX_QUERY_TERMS = 30;

  /** Did-you-mean leaves shorter words alone: too many close words, too little to go on. */
  public static final int MIN_CORRECTED_LENGTH = 4;

  private SearchRules() {}

  /**
   * Whether a document must hold every word of a query of {@code typed} words: yes for a short query
   * (a person who types two words wants both); for a longer one, as Elasticsearch's {@code match},
   * any of them, ranked by BM25, which adds up, so documents holding more of the words (and the
   * rarer ones, and close together: {@link #nearPairs}) come first. Requiring three words in four
   * lost 9 points of recall@10 on the judged man pages, one word in one found the most.
   */
  public static boolean everyWord(int typed) {
    return typed <= ALL_WORDS_UP_TO;
  }

  /**
   * Proximity: each pair of searched words at most {@link #NEAR_REACH} apart in the query, as a
   * phrase with a slop of {@link #NEAR_SLOP} per word between them ({@code "copier fichiers"~5}),
   * whose scores are added to those of the {@link #NEAR_WINDOW} best hits: documents where the
   * words stand close rank higher; none is found by them alone.
   */
  public static List<String> nearPairs(List<String> words) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      for (int j = i + 1; j < words.size() && j - i <= NEAR_REACH; j++) {
        pairs.add('"' + words.get(i) + ' ' + words.get(j) + "\"~" + NEAR_SLOP * (j - i));
      }
    }
    return pairs;
  }

  /** The edits a close spelling of {@code term} may differ by: Elasticsearch's {@code AUTO}. */
  public static int fuzzyEdits(String term) {
    return term.length() <= 2 ? 0 : term.length() <= 5 ? 1 : 2;
  }
}
