package fr.trouvaille.search;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A search engine still being opened, for a web server that starts meanwhile: each call waits until
 * the engine is there, then goes to it. A server that starts its web side and its index side at
 * once, one on each core, answers sooner than one that does them in turn.
 */
public final class PendingSearchEngine implements SearchEngine {

  private final Supplier<SearchEngine> engine;

  /** @param engine blocks until the engine is open; throws if it could not be opened */
  public PendingSearchEngine(Supplier<SearchEngine> engine) {
    this.engine = engine;
  }

  @Override
  public SearchResult search(SearchRequest request) {
    return engine.get().search(request);
  }

  @Override
  public Optional<DocumentView> document(String id, String query) {
    return engine.get().document(id, query);
  }

  @Override
  public boolean contains(String id) {
    return engine.get().contains(id);
  }

  @Override
  public Optional<List<RelatedDocument>> related(String id, int max) {
    return engine.get().related(id, max);
  }

  @Override
  public List<String> complete(String prefix, int max) {
    return engine.get().complete(prefix, max);
  }

  @Override
  public int documentCount() {
    return engine.get().documentCount();
  }

  @Override
  public void warmUp() {
    engine.get().warmUp();
  }
}
