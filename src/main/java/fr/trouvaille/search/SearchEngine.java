package fr.trouvaille.search;

import java.util.List;
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

  /** Whether the index holds a document with that id. */
  default boolean contains(String id) {
    return document(id, null).isPresent();
  }

  /** Documents most like the one with that id; empty when there is no such document. */
  Optional<List<RelatedDocument>> related(String id, int max);

  /** Words of the corpus that complete {@code prefix}, most frequent first. */
  List<String> complete(String prefix, int max);

  /** How many documents are searchable now. */
  int documentCount();

  /**
   * Runs one search for a word of the corpus and drops the result, so that the classes and
   * caches a search needs are ready before the first person searches. Never throws.
   */
  default void warmUp() {}
}
