package fr.trouvaille.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.PriorityQueue;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;

/**
 * A field highlighter that scores at most the first {@code candidates} passages holding a match,
 * in text order, and shows the best of them.
 *
 * <p>Lucene's cuts a passage around every match of the document and scores each: a novel holds
 * thousands of matches of a common word, so a page of ten snippets broke sentences and scored
 * passages over megabytes (70 % of a search on the novels). Here a snippet looks at a bounded
 * stretch of matches, as Elasticsearch bounds what its highlighters analyze of a long field
 * ({@code index.highlight.max_analyzed_offset}); unlike an offset limit, a document whose only
 * match lies megabytes in still gets its passage. The scan stops between two passages, never inside
 * one: each passage shown marks all of its matches.
 */
final class FirstPassages extends FieldHighlighter {

  // The weakest passage first, ties by text order, as Lucene's queue keeps them.
  private static final Comparator<Passage> WEAKEST_FIRST =
      Comparator.comparingDouble(Passage::getScore).thenComparingInt(Passage::getStartOffset);

  private final int candidates;

  FirstPassages(String field, FieldOffsetStrategy offsets, BreakIterator breaks, PassageScorer scorer,
      int maxPassages, int maxNoHighlightPassages, PassageFormatter formatter, Comparator<Passage> order,
      int candidates) {
    super(field, offsets, breaks, scorer, maxPassages, maxNoHighlightPassages, formatter, order);
    if (candidates < 1) {
      throw new IllegalArgumentException("candidates must be at least 1, was " + candidates);
    }
    this.candidates = candidates;
  }

  @Override
  protected Passage[] highlightOffsetsEnums(OffsetsEnum matches) throws IOException {
    int length = breakIterator.getText().getEndIndex();
    PriorityQueue<Passage> best = new PriorityQueue<>(maxPassages + 1, WEAKEST_FIRST);
    Passage passage = null;
    int scored = 0;
    int lastEnd = 0;
    while (matches.nextPosition()) {
      int start = matches.startOffset();
      int end = matches.endOffset();
      if (start < 0) {
        throw new IllegalArgumentException("field '" + field + "' was indexed without offsets, cannot highlight");
      }
      if (start >= length) {
        break;
      }
      if (end > length) {
        continue;
      }
      if (passage == null || start >= passage.getEndOffset()) {
        if (passage != null) {
          keep(best, passage, length);
          if (++scored == candidates) {
            return sorted(best);
          }
        }
        passage = new Passage();
        // Around the match's middle, not before the previous passage's end (as Lucene cuts them).
        int center = start + (end - start) / 2;
        passage.setStartOffset(Math.min(start, Math.max(breakIterator.preceding(Math.max(start + 1, center)), lastEnd)));
        lastEnd = Math.max(end, Math.min(breakIterator.following(Math.min(end - 1, center)), length));
        passage.setEndOffset(lastEnd);
      }
      passage.addMatch(start, end, matches.getTerm(), matches.freq());
    }
    if (passage != null) {
      keep(best, passage, length);
    }
    return sorted(best);
  }

  // Scores the passage and keeps it if it is among the best so far.
  private void keep(PriorityQueue<Passage> best, Passage passage, int length) {
    passage.setScore(passageScorer.score(passage, length));
    best.offer(passage);
    if (best.size() > maxPassages) {
      best.poll();
    }
  }

  private Passage[] sorted(PriorityQueue<Passage> best) {
    Passage[] passages = best.toArray(new Passage[0]);
    Arrays.sort(passages, passageSortComparator);
    return passages;
  }
}
