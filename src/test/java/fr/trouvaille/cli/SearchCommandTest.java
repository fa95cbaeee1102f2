package fr.trouvaille.cli;

import static fr.trouvaille.Fixtures.reindex;
import static fr.trouvaille.Fixtures.smallCorpus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.trouvaille.cli.MainTest.Run;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trouvaille search}: the hits of a query in a terminal, or the API's JSON. */
class SearchCommandTest {

  @TempDir Path corpus;
  @TempDir Path index;

  private Run search(String... args) {
    String[] all = new String[args.length + 5];
    all[0] = "search";
    System.arraycopy(args, 0, all, 1, args.length);
    System.arraycopy(new String[] {"--corpus", corpus.toString(), "--index", index.toString()}, 0, all, args.length + 1, 4);
    return MainTest.run(all);
  }

  @Test
  void prints_title_month_id_and_snippet_of_each_hit_in_plain_text_off_a_terminal() {
    smallCorpus(corpus);
    reindex(corpus, index);
    Run run = search("troupes", "--size", "2");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.out().startsWith("3 documents match « troupes »; the first 2:"), run.out());
    assertTrue(run.out().contains("\n  2022-01 · kazakhstan/retrait.txt\n"), run.out());
    assertTrue(run.out().contains("Le retrait des troupes de l’OTSC"), "plain text, no <mark>: " + run.out());
    assertFalse(run.out().contains("<mark>") || run.out().contains("\u001b"), run.out());
  }

  @Test
  void document_markup_prints_as_the_text_it_is() {
    smallCorpus(corpus);
    reindex(corpus, index);
    Run run = search("script");
    assertTrue(run.out().contains("<script>alert('x')</script>"), run.out());
  }

  @Test
  void the_date_options_filter_and_nothing_found_exits_with_1() {
    smallCorpus(corpus);
    reindex(corpus, index);
    Run december = search("troupes", "--from", "2021-12", "--to", "2021-12");
    assertEquals(0, december.code(), december.err());
    assertTrue(december.out().startsWith("1 document matches"), december.out());
    Run none = search("zzqqxx");
    assertEquals(SearchCommand.NO_MATCH, none.code());
    assertTrue(none.out().startsWith("No document matches « zzqqxx »."), none.out());
  }

  @Test
  void json_prints_what_the_api_answers() throws Exception {
    smallCorpus(corpus);
    reindex(corpus, index);
    JsonNode json = new ObjectMapper().readTree(search("troupes", "--json").out());
    assertEquals(3, json.get("total").asInt());
    assertEquals(3, json.get("hits").size());
    assertTrue(json.get("hits").get(0).get("snippet").asText().contains("<mark>"), json.toString());
  }

  @Test
  void no_index_and_bad_options_are_one_line_with_exit_code_2() {
    Run noIndex = search("troupes");
    assertEquals(2, noIndex.code());
    assertEquals("--index " + index + " holds no index yet: run 'trouvaille reindex' first.", noIndex.err().strip());
    smallCorpus(corpus);
    reindex(corpus, index);
    assertEquals("--size 0 is out of range: give a number from 1 to 100.", search("troupes", "--size", "0").err().strip());
    assertEquals("--from 2022-02 is after --to 2022-01: swap them.",
        search("troupes", "--from", "2022-02", "--to", "2022-01").err().strip());
  }
}
