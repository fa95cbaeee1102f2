package fr.trouvaille.search;

import fr.trouvaille.analysis.WordForms;
import fr.trouvaille.index.IndexFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;
import org.apache.lucene.search.spell.SpellChecker;
import org.apache.lucene.search.spell.StringDistance;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.automaton.Automata;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import org.apache.lucene.util.automaton.Transition;
import org.apache.lucene.util.automaton.UTF32ToUTF8;

/**
 * The word of the corpus closest in spelling to a word it does not hold, read from the keys of the
 * {@code forms} field ({@code folded|Written}, {@link WordForms}) and compared folded, as search folds:
 * an accented typo finds its word. It chooses as Lucene's {@link DirectSpellChecker} does with its
 * defaults over a field of the folded words, without a field of its own.
 */
final class CloseWords {

  // DirectSpellChecker's defaults: Damerau-Levenshtein up to 2 edits, the first letter kept, a score
  // (1 - edits / shorter length) of at least 0.5, words of 4 letters or more.
  private static final int MAX_EDITS = LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE;
  private static final int MIN_PREFIX = 1;
  private static final float ACCURACY = SpellChecker.DEFAULT_ACCURACY;
  private static final int MIN_LENGTH = 4;
  /** Its maxInspections (5) for one suggestion: the closest few, of which the most frequent wins. */
  private static final int INSPECTIONS = 5;

  /**
   * DirectSpellChecker scores a candidate 1 - edits / shorter length, the edits read from its
   * automata; this distance (its documented equivalent) gives the same score from the two words.
   */
  private final StringDistance distance = new LuceneLevenshteinDistance();

  /** A folded word near the one asked, its score, its keys, and the documents of all its keys. */
  private record Candidate(String folded, float score, List<WordForms.Counted> keys, long documents) {}

  /**
   * The form the documents most often use of the folded word closest to {@code word}, or null when
   * the index holds {@code word} (in any form) or no word is close enough.
   */
  String closest(IndexReader reader, String word) throws IOException {
    String folded = WordForms.folded(word);
    Terms forms = MultiTerms.getTerms(reader, IndexFields.FORMS);
    if (forms == null || folded.codePointCount(0, folded.length()) < MIN_LENGTH) {
      return null;
    }
    Map<String, List<WordForms.Counted>> near = keysNear(forms, folded);
    if (near.containsKey(folded)) {
      return null; // like SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX: a word the index holds is not corrected
    }
    List<Candidate> candidates = new ArrayList<>();
    near.forEach((other, keys) -> {
      float score = distance.getDistance(folded, other);
      if (score >= ACCURACY) {
        candidates.add(new Candidate(other, score, keys, keys.stream().mapToLong(WordForms.Counted::documents).sum()));
      }
    });
    // DirectSpellChecker keeps the few best scores (ties: the first word in term order), then ranks
    // those by score, then by documents, then by word.
    Comparator<Candidate> byScore = Comparator.comparing(Candidate::score).reversed();
    return candidates.stream()
        .sorted(byScore.thenComparing(Candidate::folded))
        .limit(INSPECTIONS)
        .min(byScore.thenComparing(Comparator.comparing(Candidate::documents).reversed()).thenComparing(Candidate::folded))
        .map(best -> WordForms.best(best.keys(), 1).get(0))
        .orElse(null);
  }

  /**
   * The keys whose folded part is within {@link #MAX_EDITS} of {@code folded}, its first letter kept,
   * grouped by folded part. A folded word's documents are the sum of its keys' (as
   * {@link WordForms#best} counts): a document writing {@code État} and {@code état} counts twice.
   * That only weighs between candidates of the same score, towards the words written more ways, which
   * are the frequent ones anyway; counting each document once would read every key's postings.
   */
  private static Map<String, List<WordForms.Counted>> keysNear(Terms forms, String folded) throws IOException {
    int[] letters = folded.codePoints().toArray();
    Automaton close = new LevenshteinAutomata(Arrays.copyOfRange(letters, MIN_PREFIX, letters.length),
        Character.MAX_CODE_POINT, true).toAutomaton(MAX_EDITS, new String(letters, 0, MIN_PREFIX));
    CompiledAutomaton compiled = keysOf(close);
    Map<String, List<WordForms.Counted>> near = new LinkedHashMap<>();
    TermsEnum matched = compiled.getTermsEnum(forms);
    for (BytesRef key = matched.next(); key != null; key = matched.next()) {
      String text = key.utf8ToString();
      String part = text.substring(0, text.indexOf(WordForms.SEPARATOR));
      near.computeIfAbsent(part, p -> new ArrayList<>()).add(new WordForms.Counted(text, matched.docFreq()));
    }
    return near;
  }

  /**
   * The keys whose folded part {@code close} accepts: the folded part and the separator in UTF-8, then
   * any written part. Its accepting states take every byte, rather than an any-string concatenated:
   * that one, converted to UTF-8 and determinized, cost up to twice as much (a word of 9 letters).
   */
  private static CompiledAutomaton keysOf(Automaton close) {
    Automaton utf8 = new UTF32ToUTF8().convert(Operations.determinize(
        Operations.concatenate(close, Automata.makeChar(WordForms.SEPARATOR)), Operations.DEFAULT_DETERMINIZE_WORK_LIMIT));
    Automaton.Builder keys = new Automaton.Builder(utf8.getNumStates(), utf8.getNumTransitions());
    keys.copyStates(utf8);
    Transition transition = new Transition();
    for (int state = 0; state < utf8.getNumStates(); state++) {
      if (utf8.isAccept(state)) {
        keys.addTransition(state, state, 0, 255); // the separator read: the written part, whatever it is
        continue;
      }
      for (int left = utf8.initTransition(state, transition); left > 0; left--) {
        utf8.getNextTransition(transition);
        keys.addTransition(state, transition.dest, transition.min, transition.max);
      }
    }
    return new CompiledAutomaton(keys.finish(), false, false, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT, true);
  }
}
