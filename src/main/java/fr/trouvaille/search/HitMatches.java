package fr.trouvaille.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;

/**
 * The matches of the text of one hit as the highlighter read them for its snippet: each span and the
 * query (a term, a phrase, a prefix…) that matched it. What explains the hit reads them here instead
 * of opening each word's postings again ({@link MatchExplainer}).
 */
final class HitMatches {

  /** One match of the text: its offsets, and the leaf query of the searched query that found it. */
  record Span(int start, int end, Query query) {}

  /** No match in the text: the hit matched by another field. */
  static final HitMatches NONE = new HitMatches(null);

  private final Recording text;

  private HitMatches(Recording text) {
    this.text = text;
  }

  /** The matches of {@code text} (null: none), recorded as the highlighter reads them through {@link #iterator()}. */
  static HitMatches recording(MatchesIterator text) {
    return text == null ? NONE : new HitMatches(new Recording(text));
  }

  /** What the highlighter reads: the text's matches, each kept as it moves to it. */
  MatchesIterator iterator() {
    return text;
  }

  /**
   * Every match of the text, in the order the highlighter met them (by position). The highlighter
   * stops at the end of its text; what it left unread is read here.
   */
  List<Span> spans() throws IOException {
    if (text == null) {
      return List.of();
    }
    while (text.next()) {
      // reads the rest into the recording
    }
    return text.spans;
  }

  /** A matches iterator that keeps each top-level match it moves to. */
  private static final class Recording implements MatchesIterator {
    private final MatchesIterator in;
    private final List<Span> spans = new ArrayList<>();
    private boolean done;

    Recording(MatchesIterator in) {
      this.in = in;
    }

    @Override
    public boolean next() throws IOException {
      if (done) {
        return false;
      }
      if (!in.next()) {
        done = true;
        return false;
      }
      spans.add(new Span(in.startOffset(), in.endOffset(), in.getQuery()));
      return true;
    }

    @Override
    public int startPosition() {
      return in.startPosition();
    }

    @Override
    public int endPosition() {
      return in.endPosition();
    }

    @Override
    public int startOffset() throws IOException {
      return in.startOffset();
    }

    @Override
    public int endOffset() throws IOException {
      return in.endOffset();
    }

    @Override
    public MatchesIterator getSubMatches() throws IOException {
      return in.getSubMatches();
    }

    @Override
    public Query getQuery() {
      return in.getQuery();
    }
  }
}
