package fr.trouvaille.analysis;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.apache.lucene.util.ResourceLoader;

/**
 * The synonym rules of a user-edited file in Solr format ({@code a, b, c} equivalent; {@code a => b}
 * one way; {@code #} comments), checked one line at a time: a malformed line is reported with its
 * number and left out, so one typo never disables the other rules.
 *
 * @param rules the well-formed rule lines, one a line, each hyphenated name also spaced
 * @param count how many rules
 * @param phrases the multi-word entries a query may contain (see {@link QueryAnalysis.Current})
 * @param problems the lines left out
 * @param lines the well-formed rules as written, with their line numbers: an explanation of a match
 *     names the rule that joined two spellings
 */
public record SynonymRules(String rules, int count, Set<List<String>> phrases, List<Problem> problems, List<Line> lines) {

  /** A rule of the file as written, and its line number (from 1). */
  public record Line(int number, String text) {}

  /** A line of the file that was left out, and why. */
  public record Problem(int line, String text, String message) {
    @Override
    public String toString() {
      return "line " + line + ": " + message + " (\"" + text + "\"); line skipped";
    }
  }

  private static final Pattern HYPHEN = Pattern.compile("(?<=\\p{L})[-\u2010\u2011](?=\\p{L})");

  public SynonymRules {
    phrases = Set.copyOf(phrases);
    problems = List.copyOf(problems);
    lines = List.copyOf(lines);
  }

  /** No rules at all. */
  public static SynonymRules none() {
    return new SynonymRules("", 0, Set.of(), List.of(), List.of());
  }

  /** Reads and checks {@code file}; a missing file means no rules. */
  public static SynonymRules load(Path file) throws IOException {
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      return none();
    }
  }

  /** Checks each line of {@code text}. */
  public static SynonymRules parse(String text) {
    StringBuilder rules = new StringBuilder();
    List<Problem> problems = new ArrayList<>();
    List<Line> written = new ArrayList<>();
    Set<List<String>> phrases = new HashSet<>();
    int count = 0;
    try (Analyzer entries = FrenchAnalysis.synonymEntryAnalyzer()) {
      String[] lines = text.split("\r?\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String rule = withSpacedVariants(line);
        String error = check(rule, entries);
        if (error == null) {
          rules.append(rule).append('\n');
          phrases.addAll(multiWordInputs(rule, entries));
          written.add(new Line(i + 1, line));
          count++;
        } else {
          problems.add(new Problem(i + 1, line, error));
        }
      }
    }
    return new SynonymRules(rules.toString(), count, phrases, problems, written);
  }

  // "Nur-Sultan" in a rule also stands for "Nur Sultan": the analysis itself matches the joined
  // form ("Nursultan"), the spaced form needs an entry of its own.
  static String withSpacedVariants(String rule) {
    String[] sides = rule.split("=>", -1);
    for (int i = 0; i < sides.length; i++) {
      StringBuilder side = new StringBuilder();
      for (String term : sides[i].split(",", -1)) {
        String spaced = HYPHEN.matcher(term).replaceAll(" ");
        side.append(side.length() == 0 ? "" : ",").append(term);
        if (!spaced.equals(term)) {
          side.append(", ").append(spaced.strip());
        }
      }
      sides[i] = side.toString();
    }
    return String.join("=>", sides);
  }

  // The entries a query can contain: every one of an equivalence, the left side of "a => b".
  private static List<List<String>> multiWordInputs(String rule, Analyzer entries) {
    String inputs = rule.contains("=>") ? rule.substring(0, rule.indexOf("=>")) : rule;
    List<List<String>> phrases = new ArrayList<>();
    for (String entry : inputs.split(",")) {
      List<String> words = Words.of(entries, entry).stream().map(Words.Word::text).toList();
      if (words.size() > 1) {
        phrases.add(words);
      }
    }
    return phrases;
  }

  private static String check(String line, Analyzer entries) {
    try {
      new SolrSynonymParser(true, true, entries).parse(new StringReader(line));
      return null;
    } catch (ParseException | IllegalArgumentException e) {
      // The parser wraps the real reason (e.g. "analyzed to a zero-length token") in its cause.
      Throwable reason = e.getCause() != null ? e.getCause() : e;
      return reason.getMessage() == null ? "malformed rule" : reason.getMessage().replaceAll("\\s+", " ");
    } catch (IOException e) {
      return e.getMessage(); // cannot happen with a StringReader
    }
  }

  /**
   * The rules with each entry replaced by the words the query chain makes of it up to the synonyms
   * ({@code Organisation du traité, OTSC} becomes {@code organisation du traite, otsc}), separated
   * by spaces: what the synonym filter reads, in Lucene as in a Solr configset, with its default
   * whitespace tokenizer. A Solr configset cannot ship our analyzer class; analyzed beforehand,
   * the entries give the filter exactly the same words.
   */
  public String compiled() {
    StringBuilder compiled = new StringBuilder();
    try (Analyzer entries = FrenchAnalysis.synonymEntryAnalyzer()) {
      for (String rule : rules.split("\n")) {
        if (!rule.isEmpty()) {
          compiled.append(CompiledRule.of(rule, entries)).append('\n');
        }
      }
    }
    return compiled.toString();
  }

  /** A loader that serves these rules, {@link #compiled()}, as {@value FrenchAnalysis#SYNONYMS}, and our resources. */
  public ResourceLoader asResourceLoader() {
    ResourceLoader classpath = new ClasspathResourceLoader(FrenchAnalysis.class);
    byte[] bytes = compiled().getBytes(StandardCharsets.UTF_8);
    return new ResourceLoader() {
      @Override
      public InputStream openResource(String resource) throws IOException {
        return FrenchAnalysis.SYNONYMS.equals(resource) ? new ByteArrayInputStream(bytes) : classpath.openResource(resource);
      }

      @Override
      public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
        return classpath.findClass(cname, expectedType);
      }
    };
  }

  /** The query analyzer with these rules (without synonyms when there are none). */
  public Analyzer queryAnalyzer() {
    return count == 0 ? FrenchAnalysis.queryAnalyzer() : FrenchAnalysis.queryAnalyzer(asResourceLoader());
  }
}
