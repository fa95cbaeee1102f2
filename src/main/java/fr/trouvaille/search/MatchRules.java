package fr.trouvaille.search;

import fr.trouvaille.analysis.FrenchAnalysis;
import fr.trouvaille.analysis.SynonymRules;
import fr.trouvaille.analysis.Words;
import fr.trouvaille.search.QueryReading.Kind;
import fr.trouvaille.search.QueryReading.Part;
import fr.trouvaille.search.QueryReading.Use;
import fr.trouvaille.search.WordMatch.Form;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

  /** Words analysed kept across searches, at most: a few MB, more than a page of novels' forms. */
  static final int MAX_ANALYZED = 20_000;

  private final Analyzer folding = FrenchAnalysis.synonymEntryAnalyzer();
  private final Analyzer stemming = FrenchAnalysis.queryAnalyzer();
  // A word's analysis never changes (these analyzers read no file), and the same forms come back in
  // most searches ("loi", "Loi", "lois"): analysing them was 40 % of the explanations' cost.
  private final Map<String, Analyzed> analyses = new ConcurrentHashMap<>();
  // The entries of the last rules seen, stemmed: the rules change only when their file is edited.
  private volatile StemmedRules stemmed = new StemmedRules(SynonymRules.none(), List.of());

  private record StemmedRules(SynonymRules rules, List<List<String>> entries) {}

  /** The form as shown: without an elided article in front. */
  public static String shown(String form) {
    // Most forms have no apostrophe: no article to drop, and no matcher to make (once a form a hit).
    if (form.indexOf('\'') < 0 && form.indexOf('\u2019') < 0) {
      return form.strip();
    }
    return ELISION.matcher(form.strip()).replaceFirst("");
  }

  /**
   * Why {@code form}, found in a document, matched {@code typed}, a part of the query of kind
   * {@code kind}; {@code spelling}: the search looked for close spellings.
   */
  public Form classify(String typed, Kind kind, String form, boolean spelling, SynonymRules synonyms) {
    return classified(form, join(typed, kind, form, spelling, synonyms));
  }

  // Matched through the analysis by a rule not told apart here (a synonym of a stem, say).
  private static Form classified(String form, Optional<Form> joined) {
    return joined.orElseGet(() -> new Form(shown(form), "variant", null, null, null));
  }

  /**
   * The rule that joins {@code form} to {@code typed}, if one does: what a backend that only knows
   * the marked spans (not which word each answers) uses to tell which word of the query a form is of.
   */
  public Optional<Form> join(String typed, Kind kind, String form, boolean spelling, SynonymRules synonyms) {
    return join(typed(typed, kind), form, spelling, synonyms);
  }

  /** A text folded (case, accents, hyphens joined) and stemmed, as the query analysis reads it. */
  private record Analyzed(String folded, String stem) {}

  /** A word of the query as the rules compare it: without its operators, and analysed. */
  private record Typed(String word, Kind kind, Analyzed analyzed) {}

  private Typed typed(String typed, Kind kind) {
    String word = OPERATORS.matcher(typed).replaceAll("");
    return new Typed(word, kind, analyzed(word));
  }

  private Optional<Form> join(Typed typed, String form, boolean spelling, SynonymRules synonyms) {
    String found = shown(form);
    Analyzed typedWord = typed.analyzed();
    Analyzed foundWord = analyzed(found);
    Optional<String> written = sameWord(typed.word(), typedWord, found, foundWord, typed.kind());
    if (written.isPresent()) {
      return Optional.of(Form.of(found, written.get()));
    }
    Predicate<String> typedEntry = typed.kind() == Kind.PREFIX
        ? entry -> analyzed(folding, entry).startsWith(typedWord.folded())
        : entry -> analyzed(stemming, entry).equals(typedWord.stem());
    Optional<SynonymRules.Line> rule = rule(typedEntry, foundWord.stem(), synonyms);
    if (rule.isPresent()) {
      return Optional.of(new Form(found, "variant", rule.get().number(), rule.get().text(), null));
    }
    // The close-spelling loosening compares stems, within the edits its rule allows.
    int edits = edits(typedWord.stem(), foundWord.stem());
    return spelling && edits <= SearchRules.fuzzyEdits(typedWord.stem())
        ? Optional.of(new Form(found, "spelling", null, null, edits))
        : Optional.empty();
  }

  private Analyzed analyzed(String text) {
    Analyzed known = analyses.get(text);
    if (known == null) {
      known = new Analyzed(analyzed(folding, text), analyzed(stemming, text));
      if (analyses.size() >= MAX_ANALYZED) {
        analyses.clear(); // a bound rather than an LRU: refilling costs one analysis per form
      }
      analyses.put(text, known);
    }
    return known;
  }

  // The rules that find the same word written otherwise: case, accents, a hyphen, a prefix, an ending.
  private Optional<String> sameWord(String word, Analyzed typed, String found, Analyzed form, Kind kind) {
    boolean hyphenTyped = HYPHEN.matcher(word).find();
    if (word.toLowerCase(Locale.ROOT).equals(found.toLowerCase(Locale.ROOT))) {
      return Optional.of("exact");
    }
    if (typed.folded().equals(form.folded())) {
      return Optional.of(HYPHEN.matcher(found).find() && !hyphenTyped ? "hyphen" : "accents");
    }
    if (kind == Kind.PREFIX && form.folded().startsWith(typed.folded())) {
      return Optional.of("prefix");
    }
    if (!typed.stem().isEmpty() && typed.stem().equals(form.stem())) {
      return Optional.of("inflection");
    }
    // "état-major" is indexed as its parts too: "etat" finds it by one of them.
    boolean part = !hyphenTyped && Stream.of(HYPHEN.split(found)).map(this::analyzed)
        .anyMatch(piece -> piece.folded().equals(typed.folded()) || piece.stem().equals(typed.stem()));
    return part ? Optional.of("hyphen") : Optional.empty();
  }

  /**
   * The rules as one page of hits applies them: {@code spelling}, the search looked for close
   * spellings. Each backend asks for every hit and word; a page keeps each word's and each form's
   * analysis, and each verdict, since the same forms recur in most hits (one page, one thread).
   */
  public Page page(boolean spelling, SynonymRules synonyms) {
    return new Page(spelling, synonyms);
  }

  /** {@link MatchRules} for one page of hits: each word read and each form judged once. */
  public final class Page {
    private final boolean spelling;
    private final SynonymRules synonyms;
    private final Map<Part, Typed> typed = new HashMap<>();
    private final Map<Part, Map<String, Optional<Form>>> joined = new HashMap<>();

    private Page(boolean spelling, SynonymRules synonyms) {
      this.spelling = spelling;
      this.synonyms = synonyms;
    }

    /**
     * The forms of {@code part} among {@code found} (each form and how often it was marked, in text
     * order), the most frequent first, at most {@link #MAX_FORMS}; {@code every}: each of them is of
     * this part (the backend knows it), else only those a rule joins to it.
     */
    public List<Form> forms(Part part, Map<String, Integer> found, boolean every) {
      if (part.use() == Use.UNKNOWN && !spelling) {
        return List.of(); // dropped from the search: whatever looks like it was found for another word
      }
      return found.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
          .map(form -> every ? Optional.of(classified(form.getKey(), join(part, form.getKey()))) : join(part, form.getKey()))
          .flatMap(Optional::stream)
          .limit(MAX_FORMS)
          .toList();
    }

    private Optional<Form> join(Part part, String form) {
      Typed word = typed.computeIfAbsent(part, p -> typed(p.typed(), p.kind()));
      return joined.computeIfAbsent(part, p -> new HashMap<>())
          .computeIfAbsent(form, f -> MatchRules.this.join(word, f, spelling, synonyms));
    }
  }

  /** What a hit says of {@code part}: its forms, or absent. */
  public static WordMatch matchOf(Part part, List<Form> forms) {
    return forms.isEmpty() ? WordMatch.absent(part.typed()) : new WordMatch(part.typed(), false, forms);
  }

  /**
   * The words of the query worth a line: those searched and those dropped as unknown; not framing
   * words, stopwords or exclusions. A query run as typed ({@link QueryReading#operators()}) gives its words.
   */
  public static List<Part> explainedParts(QueryReading reading, String query) {
    if (reading.operators()) {
      return Arrays.stream(query.split("[\\s|+()\"~]+"))
          .map(w -> w.startsWith("-") ? "" : w)
          .filter(w -> w.codePoints().anyMatch(Character::isLetterOrDigit))
          .map(w -> new Part(w, w.endsWith("*") ? Kind.PREFIX : Kind.WORD, Use.KEPT))
          .toList();
    }
    return reading.parts().stream()
        .filter(p -> p.kind() != Kind.EXCLUDED && (p.use() == Use.KEPT || p.use() == Use.UNKNOWN))
        .toList();
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
