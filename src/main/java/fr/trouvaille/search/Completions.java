package fr.trouvaille.search;

import fr.trouvaille.index.IndexFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.PriorityQueue;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Completes the word being typed from the words of the corpus as written (an unstemmed field, so
 * {@code frigori} completes to {@code frigorifique}), the most frequent first.
 */
final class Completions {

  /** Words looked at for one prefix at most: a one-letter prefix must stay as fast as a long one. */
  static final int MAX_SCANNED = 20_000;

  private record Candidate(String word, int documents) {}

  private static final Comparator<Candidate> WORST_FIRST =
      Comparator.comparingInt(Candidate::documents).thenComparing(Candidate::word, Comparator.reverseOrder());

  List<String> complete(IndexReader reader, String prefix, int max) throws IOException {
    String start = prefix.toLowerCase(Locale.ROOT);
    Terms terms = MultiTerms.getTerms(reader, IndexFields.WORDS);
    if (start.isEmpty() || terms == null) {
      return List.of();
    }
    BytesRef wanted = new BytesRef(start);
    TermsEnum words = terms.iterator();
    if (words.seekCeil(wanted) == TermsEnum.SeekStatus.END) {
      return List.of();
    }
    PriorityQueue<Candidate> best = new PriorityQueue<>(max + 1, WORST_FIRST);
    int scanned = 0;
    for (BytesRef word = words.term(); word != null && StringHelper.startsWith(word, wanted) && scanned < MAX_SCANNED;
        word = words.next(), scanned++) {
      best.add(new Candidate(word.utf8ToString(), words.docFreq()));
      if (best.size() > max) {
        best.poll();
      }
    }
    List<String> ranked = new ArrayList<>(best.size());
    while (!best.isEmpty()) {
      ranked.add(0, best.poll().word());
    }
    return ranked;
  }
}
