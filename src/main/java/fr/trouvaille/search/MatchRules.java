package fr.trouvaille.search;

import fr.trouvaille.analysis.FrenchAnalysis;
import fr.trouvaille.analysis.SynonymRules;
import fr.trouvaille.analysis.Words;
import fr.trouvaille.search.QueryReading.Kind;
import fr.trouvaille.search.WordMatch.Form;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;

/**
 * Which rule joined a word of the query to a form found in a document, written once for both
 * backends: each gets the forms from its own highlighter's offsets and asks here why they matched.
 * The rules are those of the analysis ({@link FrenchAnalysis}), checked from the plainest up: the
 * same word, the same but for accents or case, the same but for a hyphen, the same stem, a prefix,
 * a synonym rule, and last a close spelling.
 */
public final class MatchRules {

  /** Forms listed per word and hit, at most: the most frequent. */
  public static final int MAX_FORMS = 5;
  /** Matches of one word read per document, at most: enough to meet its forms in a novel. */
  public static final int MAX_MATCHES_READ = 2_000;

  // An elided article or pronoun glued to the form by an apostrophe ("l’État", "qu’il"): not part of the word.
  private static final Pattern ELISION = Pattern.compile(
      "^(?i)(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]");
  private static final Pattern HYPHEN = Pattern.compile("[-\u2010\u2011]");
  // A phrase's quotes and slop, a prefix's star: not part of the words compared.
  private static final Pattern OPERATORS = Pattern.compile("^\"|\"(~\\d*)?$|\\*$");

  private final Analyzer folding = FrenchAnalysis.synonymEntryAnalyzer();
  private final Analyzer stemming = FrenchAnalysis.queryAnalyzer();
  // The entries of the last rules seen, stemmed: the rules change only when their file is edited.
  private volatile StemmedRules stemmed = new StemmedRules(SynonymRules.none(), List.of());

  private record StemmedRules(SynonymRules rules, List<List<String>> entries) {}

  /** The form as shown: without an elided article in front. */
  public static String shown(String form) {
    return ELISION.matcher(form.strip()).replaceFirst("");
  }

  /**
   * Why {@code form}, found in a document, matched {@code typed}, a part of the query of kind
   * {@code kind}; {@code spelling}: the search looked for close spellings.
   */
  public Form classify(String typed, Kind kind, String form, boolean spelling, SynonymRules synonyms) {
    String word = OPERATORS.matcher(typed).replaceAll("");
    String found = shown(form);
    if (word.toLowerCase(Locale.ROOT).equals(found.toLowerCase(Locale.ROOT))) {
      return Form.of(found, "exact");
    }
    String folded = analyzed(folding, word);
    String foundFolded = analyzed(folding, found);
    if (folded.equals(foundFolded)) {
      return Form.of(found, HYPHEN.matcher(found).find() && !HYPHEN.matcher(word).find() ? "hyphen" : "accents");
    }
    if (kind == Kind.PREFIX && foundFolded.startsWith(folded)) {
      return Form.of(found, "prefix");
    }
    String stem = analyzed(stemming, word);
    String foundStem = analyzed(stemming, found);
    if (!stem.isEmpty() && stem.equals(foundStem)) {
      return Form.of(found, "inflection");
    }
    // "état-major" is indexed as its parts too: "etat" finds it by one of them.
    if (!HYPHEN.matcher(word).find() && Stream.of(HYPHEN.split(found)).anyMatch(
        piece -> analyzed(folding, piece).equals(folded) || analyzed(stemming, piece).equals(stem))) {
      return Form.of(found, "hyphen");
    }
    Predicate<String> typedEntry = kind == Kind.PREFIX
        ? entry -> analyzed(folding, entry).startsWith(folded)
        : entry -> analyzed(stemming, entry).equals(stem);
    Optional<SynonymRules.Line> rule = rule(typedEntry, foundStem, synonyms);
    if (rule.isPresent()) {
      return new Form(found, "variant", rule.get().number(), rule.get().text(), null);
    }
    if (spelling) {
      return new Form(found, "spelling", null, null, edits(folded, foundFolded));
    }
    // Matched through the analysis by a rule not told apart here (a synonym of a stem, say).
    return new Form(found, "variant", null, null, null);
  }

  // The first rule with one entry stemmed as the word and another as the form.
  // The first rule with an entry stemmed as the form, and one that is what was typed (stemmed first: cheap).
  private Optional<SynonymRules.Line> rule(Predicate<String> typed, String foundStem, SynonymRules synonyms) {
    StemmedRules rules = stemmed;
    if (rules.rules() != synonyms) {
      rules = new StemmedRules(synonyms, synonyms.lines().stream()
          .map(line -> Stream.of(line.text().split("=>|,")).map(e -> analyzed(stemming, e)).toList())
          .toList());
      stemmed = rules;
    }
    for (int i = 0; i < synonyms.lines().size(); i++) {
      SynonymRules.Line line = synonyms.lines().get(i);
      if (rules.entries().get(i).contains(foundStem) && Stream.of(line.text().split("=>|,")).anyMatch(typed)) {
        return Optional.of(line);
      }
    }
    return Optional.empty();
  }

  private static String analyzed(Analyzer analyzer, String text) {
    return String.join(" ", Words.of(analyzer, text).stream().map(Words.Word::text).toList());
  }

  /** The edits (insertions, deletions, substitutions, swaps of neighbours) from {@code a} to {@code b}, as fuzzy queries count them. */
  static int edits(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        if (i == 0 || j == 0) {
          d[i][j] = i + j;
          continue;
        }
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
