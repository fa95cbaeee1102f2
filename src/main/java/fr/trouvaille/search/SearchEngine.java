package fr.trouvaille.search;

import java.util.Optional;

/** What the web layer may ask of an index. Implementations are thread safe. */
public interface SearchEngine {

  /**
   * Runs a search.
   *
   * @throws InvalidQueryException when the query cannot be run (too many terms, page too deep)
   */
  SearchResult search(SearchRequest request);

  /** The document with that id, its matches for {@code query} marked when query is not null. */
  Optional<DocumentView> document(String id, String query);

  /** How many documents are searchable now. */
  int documentCount();
}
