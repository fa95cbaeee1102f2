package fr.trouvaille.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesUtils;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Finds and scores what its query finds, and marks none of it: the snippet and the explanations
 * (both read from the query's matches) see a document it finds as matched, with no words. A quoted
 * phrase is held to its stopwords ({@code "pour tous"}) in the text field itself, where the
 * highlighter would otherwise mark the {@code pour} it never marked.
 */
final class UnmarkedQuery extends Query {

  private final Query query;

  UnmarkedQuery(Query query) {
    this.query = Objects.requireNonNull(query);
  }

  @Override
  public Query rewrite(IndexSearcher searcher) throws IOException {
    Query rewritten = query.rewrite(searcher);
    return rewritten == query ? super.rewrite(searcher) : new UnmarkedQuery(rewritten);
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    return new FilterWeight(this, query.createWeight(searcher, scoreMode, boost)) {
      @Override
      public Matches matches(LeafReaderContext context, int doc) throws IOException {
        return in.matches(context, doc) == null ? null : MatchesUtils.MATCH_WITH_NO_TERMS;
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    // Its terms are not shown to a visitor: the highlighter collects the terms to mark this way.
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "unmarked(" + query.toString(field) + ")";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && query.equals(((UnmarkedQuery) other).query);
  }

  @Override
  public int hashCode() {
    return 31 * classHash() + query.hashCode();
  }
}
