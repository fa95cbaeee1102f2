package fr.trouvaille.search;

import fr.trouvaille.index.IndexFields;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Highlighted text for hits: short passages for a results page, or the whole text for reading.
 *
 * <p>The text is HTML-escaped before {@code <mark>} is added (document text is data, never markup),
 * and the marks cover the whole surface token: a search for {@code occasion} marks
 * {@code l’occasion}, one for {@code troupe} marks {@code troupes}.
 */
final class Snippets {

  private static final Comparator<Passage> BEST_FIRST =
      Comparator.comparingDouble(Passage::getScore).reversed().thenComparingInt(Passage::getStartOffset);

  private final Analyzer indexAnalyzer;
  private final LongTexts longTexts;

  /**
   * {@code indexAnalyzer}: the text's own analyzer, which the highlighter requires though offsets come
   * from postings; {@code longTexts}: where the long texts read for a results page are kept.
   */
  Snippets(Analyzer indexAnalyzer, LongTexts longTexts) {
    this.indexAnalyzer = indexAnalyzer;
    this.longTexts = longTexts;
  }

  /**
   * The snippet of one hit (null where none), the stored values asked for beside it, and the text's
   * matches the snippet was cut from (null where the highlighter did not read them).
   */
  record HitText(String snippet, Map<String, String> shown, HitMatches matches) {}

  /**
   * Snippets of the body of each document, in the order of {@code docIds}, with the stored values
   * of the fields {@code shown}, read in the same visit of each document as its text.
   */
  List<HitText> passages(IndexSearcher searcher, Query query, int[] docIds, Set<String> shown) throws IOException {
    PostingsHighlighter highlighter = new PostingsHighlighter(builder(searcher, new BestFirstFormatter(true))
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            new WindowedBreakIterator(BreakIterator.getSentenceInstance(Locale.FRENCH)), SearchRules.PASSAGE_LENGTH, SearchRules.MATCH_ALIGNMENT)),
        shown, longTexts, SearchRules.SNIPPET_CANDIDATES);
    String[] passages = highlight(highlighter, query, docIds, SearchRules.PASSAGES);
    List<HitText> texts = new ArrayList<>(docIds.length);
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    for (int i = 0; i < passages.length; i++) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docIds[i], leaves));
      texts.add(new HitText(passages[i], highlighter.alsoRead(docIds[i]), highlighter.matches(leaf, docIds[i] - leaf.docBase)));
    }
    return texts;
  }

  /** The whole body of one document with every match marked. */
  String whole(IndexSearcher searcher, Query query, int docId) throws IOException {
    UnifiedHighlighter highlighter = new PostingsHighlighter(
        builder(searcher, new BestFirstFormatter(false)).withBreakIterator(WholeBreakIterator::new));
    return highlight(highlighter, query, new int[] {docId}, 1)[0];
  }

  private UnifiedHighlighter.Builder builder(IndexSearcher searcher, PassageFormatter formatter) {
    return UnifiedHighlighter.builder(searcher, indexAnalyzer)
        .withFormatter(formatter)
        // The default stops at 10,000 characters; a novel's matches can be megabytes in.
        .withMaxLength(Integer.MAX_VALUE - 1)
        // The best passages first: what matches most of the query is what the reader looks for.
        .withPassageSortComparator(BEST_FIRST);
  }

  /**
   * Escapes each passage's text and marks its matches (Lucene's formatter), and joins passages with
   * an ellipsis whatever their order: Lucene's own formatter only puts one between passages in text
   * order, and ours come best first. For a results page ({@code snippet}), the passages are made a
   * snippet as both backends make it ({@link SnippetText}); for reading, the text stays whole.
   */
  private static final class BestFirstFormatter extends PassageFormatter {
    private final DefaultPassageFormatter single = new DefaultPassageFormatter("<mark>", "</mark>", "", true);
    private final boolean snippet;

    BestFirstFormatter(boolean snippet) {
      this.snippet = snippet;
    }

    @Override
    public Object format(Passage[] passages, String content) {
      List<String> formatted = Arrays.stream(passages).map(passage -> single.format(new Passage[] {passage}, content)).toList();
      return snippet ? SnippetText.of(formatted) : String.join(SnippetText.SEPARATOR, formatted);
    }
  }

  private static String[] highlight(UnifiedHighlighter highlighter, Query query, int[] docIds, int passages)
      throws IOException {
    String[] fields = {IndexFields.TEXT};
    return highlighter.highlightFields(fields, query, docIds, new int[] {passages}).get(IndexFields.TEXT);
  }
}
