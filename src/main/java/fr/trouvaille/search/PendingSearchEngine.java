package fr.trouvaille.search;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A search engine still being opened, for a web server that starts meanwhile. A server that starts its
 * web side and its index side at once, one on each core, answers sooner than one that does them in
 * turn. A call made while an existing index opens (a second or so) waits for it, then goes to the
 * engine; a call made while the index is first built from the corpus (minutes, for a large folder) is
 * refused at once with how far the build has come, instead of hanging until the client gives up.
 */
public final class PendingSearchEngine implements SearchEngine {

  /** How often a waiting call looks again whether the index began building meanwhile. */
  private static final long LOOK_AGAIN_MILLIS = 50;

  private final Future<SearchEngine> opening;
  private final Supplier<Optional<String>> building;

  /**
   * @param opening the engine once open; completed exceptionally if it could not be opened
   * @param building while the index is being built, what to tell the caller (in French); else empty
   */
  public PendingSearchEngine(Future<SearchEngine> opening, Supplier<Optional<String>> building) {
    this.opening = opening;
    this.building = building;
  }

  private SearchEngine engine() {
    boolean interrupted = false;
    try {
      while (true) {
        Optional<String> notReady = building.get();
        if (notReady.isPresent()) {
          throw new IndexNotReadyException(notReady.get());
        }
        try {
          return opening.get(LOOK_AGAIN_MILLIS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          // still opening: look again whether it is a build
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          throw new IllegalStateException("the index could not be opened", e.getCause());
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public SearchResult search(SearchRequest request) {
    return engine().search(request);
  }

  @Override
  public Optional<DocumentView> document(String id, String query) {
    return engine().document(id, query);
  }

  @Override
  public boolean contains(String id) {
    return engine().contains(id);
  }

  @Override
  public Optional<List<RelatedDocument>> related(String id, int max) {
    return engine().related(id, max);
  }

  @Override
  public List<String> complete(String prefix, int max) {
    return engine().complete(prefix, max);
  }

  @Override
  public int documentCount() {
    return engine().documentCount();
  }

  @Override
  public void warmUp() {
    engine().warmUp();
  }
}
