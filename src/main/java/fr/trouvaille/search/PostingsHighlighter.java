package fr.trouvaille.search;

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

  PostingsHighlighter(Builder builder) {
    super(builder);
  }

  @Override
  protected OffsetSource getOptimizedOffsetSource(UHComponents components) {
    OffsetSource optimized = super.getOptimizedOffsetSource(components);
    boolean postings = getOffsetSource(components.getField()) == OffsetSource.POSTINGS;
    boolean weightMatches = components.getHighlightFlags().contains(HighlightFlag.WEIGHT_MATCHES);
    return optimized == OffsetSource.ANALYSIS && postings && weightMatches ? OffsetSource.POSTINGS : optimized;
  }
}
