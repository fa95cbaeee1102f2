package fr.trouvaille.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.uhighlight.FieldHighlighter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * A unified highlighter that takes match offsets from the postings for every query, prefix queries
 * ({@code kazakh*}) included.
 *
 * <p>Lucene's own re-analyzes the whole stored text as soon as a query has a multi-term part, a
 * choice made before weight matches existed: with them (on by default) the query finds its own
 * matches in the postings, term by term. On the novels that re-analysis was a third of a search.
 */
final class PostingsHighlighter extends UnifiedHighlighter {

  private final Set<String> alsoRead;
  private final LongTexts longTexts;
  private final int candidates;
  private final Map<Integer, Map<String, String>> read = new HashMap<>();
  // The text's matches of each document highlighted, when kept (a results page: they explain its hits).
  private final Map<LeafDoc, HitMatches> matched;

  private record LeafDoc(LeafReader leaf, int doc) {}

  /** A highlighter that marks every match (for reading a whole text). */
  PostingsHighlighter(Builder builder) {
    this(builder, Set.of(), null, Integer.MAX_VALUE);
  }

  /**
   * A highlighter that, while it reads a document's text, also keeps the stored values of the
   * fields {@code alsoRead} ({@link #alsoRead(int)}): a results page needs id, title and date, and
   * each separate read decompresses the document's block again (19 % of a search on the legal codes).
   * Passages are chosen among the first {@code candidates} holding a match ({@link FirstPassages}).
   */
  PostingsHighlighter(Builder builder, Set<String> alsoRead, LongTexts longTexts, int candidates) {
    super(builder);
    this.alsoRead = alsoRead;
    this.longTexts = longTexts;
    this.candidates = candidates;
    this.matched = alsoRead.isEmpty() ? null : new HashMap<>();
  }

  /**
   * The matches of the text of the document {@code doc} of {@code leaf} as its snippet read them, for
   * a highlighter of a results page; null when it did not read them (no text, or another highlighter).
   */
  HitMatches matches(LeafReaderContext leaf, int doc) {
    return matched == null ? null : matched.get(new LeafDoc(leaf.reader(), doc));
  }

  /**
   * The values of the fields asked for at construction, of a document highlighted (Lucene's
   * highlighter reads every document it is given, matched or not).
   */
  Map<String, String> alsoRead(int docId) {
    return read.get(docId);
  }

  // Lucene's loop (UnifiedHighlighter#loadFieldValues), with a visitor that keeps more fields.
  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
      throws IOException {
    if (alsoRead.isEmpty()) {
      return super.loadFieldValues(fields, docs, cacheCharsThreshold);
    }
    List<CharSequence[]> values = new ArrayList<>();
    StoredFields stored = searcher.storedFields();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    long chars = 0;
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      Object segment = leaf.reader().getCoreCacheHelper().getKey();
      LongTexts.Read known = longTexts.get(segment, doc - leaf.docBase);
      if (known == null) {
        known = visit(stored, fields, doc);
        longTexts.keep(segment, doc - leaf.docBase, known);
      }
      values.add(known.values());
      read.put(doc, known.shown());
      chars += known.chars();
      if (cacheCharsThreshold == 0 || chars > cacheCharsThreshold) {
        break;
      }
    }
    return values;
  }

  private LongTexts.Read visit(StoredFields stored, String[] fields, int doc) throws IOException {
    AlsoReading visitor = new AlsoReading(fields, getMaxLength(), alsoRead);
    stored.document(doc, visitor);
    // The highlighted text too: what explains a hit's matches reads its forms there.
    for (int i = 0; i < fields.length; i++) {
      if (visitor.highlighted()[i] != null) {
        visitor.others.put(fields[i], visitor.highlighted()[i].toString());
      }
    }
    return new LongTexts.Read(visitor.highlighted(), Map.copyOf(visitor.others));
  }

  /** Lucene's visitor for the highlighted fields, which also keeps other string fields' values. */
  private static final class AlsoReading extends LimitedStoredFieldVisitor {
    private final Set<String> alsoRead;
    private final Map<String, String> others = new HashMap<>();
    private boolean other;

    AlsoReading(String[] fields, int maxLength, Set<String> alsoRead) {
      super(fields, MULTIVAL_SEP_CHAR, maxLength);
      this.alsoRead = alsoRead;
      values = new CharSequence[fields.length];
      currentField = -1;
    }

    CharSequence[] highlighted() {
      return values;
    }

    @Override
    public Status needsField(FieldInfo field) throws IOException {
      other = alsoRead.contains(field.name);
      return other ? Status.YES : super.needsField(field);
    }

    @Override
    public void stringField(FieldInfo field, String value) throws IOException {
      if (other) {
        others.putIfAbsent(field.name, value);
      } else {
        super.stringField(field, value);
      }
    }
  }

  @Override
  protected FieldOffsetStrategy getOffsetStrategy(OffsetSource offsetSource, UHComponents components) {
    FieldOffsetStrategy strategy = super.getOffsetStrategy(offsetSource, components);
    boolean weightMatches = components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES);
    return matched != null && weightMatches && strategy instanceof PostingsOffsetStrategy
        ? new KeepingMatches(components) : strategy;
  }

  /**
   * Lucene's weight-matches offsets ({@code FieldOffsetStrategy#createOffsetsEnumsWeightMatcher}, the
   * same steps), keeping the text's matches of each document as they are read ({@link HitMatches}):
   * explaining the hits then costs no second look-up of each word in each hit.
   */
  private final class KeepingMatches extends PostingsOffsetStrategy {
    KeepingMatches(UHComponents components) {
      super(components);
    }

    @Override
    protected void createOffsetsEnumsWeightMatcher(LeafReader leaf, int doc, List<OffsetsEnum> results) throws IOException {
      LeafReader remapped = new FilterLeafReader(leaf) {
        @Override
        public Terms terms(String field) throws IOException {
          return super.terms(components.getFieldMatcher().test(field) ? components.getField() : field);
        }

        @Override
        public CacheHelper getCoreCacheHelper() {
          return null;
        }

        @Override
        public CacheHelper getReaderCacheHelper() {
          return null;
        }
      };
      IndexSearcher searcher = new IndexSearcher(remapped);
      searcher.setQueryCache(null);
      Matches matches = searcher.rewrite(components.getQuery())
          .createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f)
          .matches(remapped.getContext(), doc);
      HitMatches kept = HitMatches.recording(matches == null ? null : matches.getMatches(components.getField()));
      matched.put(new LeafDoc(leaf, doc), kept);
      if (kept.iterator() != null) {
        results.add(new OffsetsEnum.OfMatchesIteratorWithSubs(kept.iterator()));
      }
    }
  }

  @Override
  protected OffsetSource getOptimizedOffsetSource(UHComponents components) {
    OffsetSource optimized = super.getOptimizedOffsetSource(components);
    boolean postings = getOffsetSource(components.getField()) == OffsetSource.POSTINGS;
    boolean weightMatches = components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES);
    return optimized == OffsetSource.ANALYSIS && postings && weightMatches ? OffsetSource.POSTINGS : optimized;
  }

  /**
   * Lucene's field highlighter, with the field's own break iterator instead of the one Lucene wraps
   * it in to split a multi-valued field's values ({@code SplittingBreakIterator}): our highlighted
   * fields hold one value each, and that wrapper searched each whole text for a separator, megabytes
   * for a novel, on every search (18 % of a search on the novels).
   */
  @Override
  protected FieldHighlighter newFieldHighlighter(String field, FieldOffsetStrategy offsets, BreakIterator splitting,
      PassageScorer scorer, int maxPassages, int maxNoHighlightPassages, PassageFormatter formatter,
      Comparator<Passage> order) {
    BreakIterator breaks = getBreakIterator(field);
    return candidates == Integer.MAX_VALUE
        ? new FieldHighlighter(field, offsets, breaks, scorer, maxPassages, maxNoHighlightPassages, formatter, order)
        : new FirstPassages(field, offsets, breaks, scorer, maxPassages, maxNoHighlightPassages, formatter, order, candidates);
  }
}
