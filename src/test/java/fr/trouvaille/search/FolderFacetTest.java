package fr.trouvaille.search;

import static fr.trouvaille.Fixtures.reindex;
import static fr.trouvaille.Fixtures.smallCorpus;
import static fr.trouvaille.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Dossier facet: hits counted by top-level folder, the folder filter, each facet ignoring its own filter. */
class FolderFacetTest {

  @TempDir Path corpus;
  @TempDir Path index;
  private LuceneSearchEngine engine;

  @BeforeEach
  void open() throws IOException {
    // "troupes" is in kazakhstan/retrait.txt (2022-01), ukraine/frontiere.txt (2021-12), notes/balisage.md (no date)
    smallCorpus(corpus);
    write(corpus, "kazakhstan/2021/ancien.txt", " date 2021-12\n\nDes troupes stationnent déjà.");
    write(corpus, "a-la-racine.txt", " date 2021-12\n\nDes troupes à la racine du dossier.");
    reindex(corpus, index);
    engine = new LuceneSearchEngine(index);
  }

  @AfterEach
  void close() throws IOException {
    engine.close();
  }

  private SearchResult search(YearMonth from, YearMonth to, String folder) {
    return engine.search(new SearchRequest("troupes", 1, 10, from, to, folder));
  }

  private static List<String> ids(SearchResult result) {
    return result.hits().stream().map(Hit::id).sorted().toList();
  }

  @Test
  void folders_are_counted_by_top_level_folder_most_hits_first_root_files_in_none() {
    SearchResult result = search(null, null, null);
    assertEquals(5, result.total());
    assertEquals(List.of(new FacetValue("kazakhstan", 2), new FacetValue("notes", 1), new FacetValue("ukraine", 1)),
        result.facets().folder());
  }

  @Test
  void folder_filter_keeps_the_folders_hits_and_the_other_folders_counts() {
    SearchResult result = search(null, null, "kazakhstan");
    assertEquals(List.of("kazakhstan/2021/ancien.txt", "kazakhstan/retrait.txt"), ids(result));
    // The folder facet ignores its own filter; the date facet applies it.
    assertEquals(3, result.facets().folder().size());
    assertEquals(List.of(new FacetValue("2021-12", 1), new FacetValue("2022-01", 1)), result.facets().date());
  }

  @Test
  void date_filter_narrows_the_folder_counts_and_folder_filter_the_month_counts() {
    SearchResult december = search(YearMonth.of(2021, 12), YearMonth.of(2021, 12), null);
    assertEquals(List.of(new FacetValue("kazakhstan", 1), new FacetValue("ukraine", 1)), december.facets().folder());
    SearchResult both = search(YearMonth.of(2021, 12), YearMonth.of(2021, 12), "ukraine");
    assertEquals(List.of("ukraine/frontiere.txt"), ids(both));
    assertEquals(List.of(new FacetValue("kazakhstan", 1), new FacetValue("ukraine", 1)), both.facets().folder());
    assertEquals(List.of(new FacetValue("2021-12", 1)), both.facets().date());
  }

  @Test
  void unknown_folder_finds_nothing() {
    assertEquals(0, search(null, null, "absent").total());
  }
}
