package fr.trouvaille.search;

import static fr.trouvaille.Fixtures.smallEngine;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PendingSearchEngineTest {

  @TempDir Path corpus;
  @TempDir Path index;

  @Test
  void a_search_made_while_the_engine_opens_waits_for_it_and_gets_its_answer() throws Exception {
    CompletableFuture<SearchEngine> opening = new CompletableFuture<>();
    SearchEngine pending = new PendingSearchEngine(opening, Optional::empty);
    CompletableFuture<SearchResult> search = CompletableFuture.supplyAsync(() -> pending.search(SearchRequest.of("troupe")));
    Thread.sleep(200);
    assertFalse(search.isDone(), "answered before the engine was open");
    try (LuceneSearchEngine engine = smallEngine(corpus, index)) {
      opening.complete(engine);
      assertEquals(engine.search(SearchRequest.of("troupe")).total(), search.get(10, TimeUnit.SECONDS).total());
      assertEquals(engine.documentCount(), pending.documentCount());
    }
  }

  @Test
  void an_engine_that_could_not_open_fails_each_call() {
    CompletableFuture<SearchEngine> opening = new CompletableFuture<>();
    opening.completeExceptionally(new IllegalStateException("the index could not be opened"));
    SearchEngine pending = new PendingSearchEngine(opening, Optional::empty);
    assertThrows(RuntimeException.class, pending::documentCount);
  }

  @Test
  void a_search_made_while_the_index_is_built_is_refused_with_the_progress_and_then_answered() throws Exception {
    CompletableFuture<SearchEngine> opening = new CompletableFuture<>();
    AtomicReference<Optional<String>> building = new AtomicReference<>(Optional.of("3 fichiers lus sur 46"));
    SearchEngine pending = new PendingSearchEngine(opening, building::get);
    IndexNotReadyException refused = assertThrows(IndexNotReadyException.class, () -> pending.search(SearchRequest.of("troupe")));
    assertEquals("3 fichiers lus sur 46", refused.getMessage());
    building.set(Optional.empty());
    try (LuceneSearchEngine engine = smallEngine(corpus, index)) {
      opening.complete(engine);
      assertEquals(engine.search(SearchRequest.of("troupe")).total(), pending.search(SearchRequest.of("troupe")).total());
    }
  }

  @Test
  void a_search_already_waiting_when_the_build_begins_is_refused_instead_of_waiting_for_the_build() throws Exception {
    CompletableFuture<SearchEngine> opening = new CompletableFuture<>();
    AtomicReference<Optional<String>> building = new AtomicReference<>(Optional.empty());
    SearchEngine pending = new PendingSearchEngine(opening, building::get);
    CompletableFuture<SearchResult> search = CompletableFuture.supplyAsync(() -> pending.search(SearchRequest.of("troupe")));
    Thread.sleep(200);
    assertFalse(search.isDone(), "answered before the engine was open");
    building.set(Optional.of("lecture du dossier"));
    Exception failure = assertThrows(Exception.class, () -> search.get(10, TimeUnit.SECONDS));
    assertEquals(IndexNotReadyException.class, failure.getCause().getClass());
  }
}
