package fr.trouvaille.search;

import static fr.trouvaille.Fixtures.reindex;
import static fr.trouvaille.Fixtures.smallCorpus;
import static fr.trouvaille.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.index.DocumentMapper;
import fr.trouvaille.index.IndexFields;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LuceneSearchEngineTest {

  @TempDir Path corpus;
  @TempDir Path index;
  private LuceneSearchEngine engine;

  @BeforeEach
  void open() throws IOException {
    smallCorpus(corpus);
    reindex(corpus, index);
    engine = new LuceneSearchEngine(index);
  }

  @AfterEach
  void close() throws IOException {
    engine.close();
  }

  private List<String> ids(String query) {
    return engine.search(SearchRequest.of(query)).hits().stream().map(Hit::id).toList();
  }

  @ParameterizedTest(name = "{0} finds {1}")
  @CsvSource(delimiter = ';', textBlock = """
      # inflection, accents, elision, case: the forms people type find the forms written
      troupe                 ; kazakhstan/retrait.txt ukraine/frontiere.txt notes/balisage.md
      Tokaiev                ; kazakhstan/retrait.txt
      TOKAÏEV                ; kazakhstan/retrait.txt
      etat kazakh            ; kazakhstan/etat.txt
      oeuvre                 ; kazakhstan/etat.txt
      occasion               ; kazakhstan/retrait.txt
      l'occasion             ; kazakhstan/retrait.txt
      otsc                   ; kazakhstan/retrait.txt
      manifestation          ; ukraine/frontiere.txt
      # all words are required
      troupes Kazakhstan     ; kazakhstan/retrait.txt
      # phrase, exclusion, prefix, alternatives
      "retrait des troupes"  ; kazakhstan/retrait.txt
      troupes -russes        ; kazakhstan/retrait.txt notes/balisage.md
      -troupes               ; kazakhstan/etat.txt
      kazakh*                ; kazakhstan/etat.txt kazakhstan/retrait.txt
      almaty | kiev          ; kazakhstan/etat.txt ukraine/frontiere.txt
      # a quoted phrase keeps its stopwords: "des troupes", not every troupe
      "des troupes"          ; kazakhstan/retrait.txt notes/balisage.md
      "à la frontière"       ; ukraine/frontiere.txt
      troupes -"des troupes" ; ukraine/frontiere.txt
      # only stopwords: searched in the field that keeps them, every one, a quoted phrase side by side
      le                     ; kazakhstan/etat.txt kazakhstan/retrait.txt
      "pour le"              ; kazakhstan/etat.txt
      le la les              ; ''
      """)
  void finds_french_forms(String query, String expected) {
    List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(" "));
    assertEquals(want.stream().sorted().toList(), ids(query).stream().sorted().toList());
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = ';', textBlock = """
      # all words required finds nothing: any word, then close spellings
      troupes Almaty         ; or     ; kazakhstan/etat.txt kazakhstan/retrait.txt notes/balisage.md ukraine/frontiere.txt
      # a word no document holds is dropped (and reported), it does not loosen the query
      troupes Nazarbaïev     ; ''     ; kazakhstan/retrait.txt notes/balisage.md ukraine/frontiere.txt
      Kazakstan              ; fuzzy  ; kazakhstan/retrait.txt
      "troupes retrait"      ; fuzzy  ; kazakhstan/retrait.txt notes/balisage.md ukraine/frontiere.txt
      Zanzibar               ; ''     ; ''
      """)
  void relaxes_a_query_that_finds_nothing(String query, String relaxed, String expected) {
    SearchResult result = engine.search(SearchRequest.of(query));
    assertEquals(relaxed.isEmpty() ? null : relaxed, result.relaxed());
    List<String> want = expected.isEmpty() ? List.of() : List.of(expected.split(" "));
    assertEquals(want.stream().sorted().toList(), result.hits().stream().map(Hit::id).sorted().toList());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', textBlock = """
      Kazakstan              ; Kazakhstan
      troupes Kazakstan      ; troupes Kazakhstan
      "retrait des troupse"  ; "retrait des troupes"
      # compared folded: the first letter's accent left out is no letter changed
      emeutse                ; émeutes
      Almati*                ; ''
      troupes Kazakhstan     ; ''
      Tokaiev                ; ''
      Zanzibar               ; ''
      """)
  void proposes_a_correction_for_unknown_words(String query, String correction) {
    assertEquals(correction.isEmpty() ? null : correction, engine.search(SearchRequest.of(query)).didYouMean());
  }

  @Test
  void a_word_no_document_holds_is_dropped_and_reported_and_the_ranking_stays() {
    SearchResult plain = engine.search(SearchRequest.of("Kazakhstan troupes"));
    SearchResult withUnknown = engine.search(SearchRequest.of("Kazakhstan troupes zzzyxq"));
    assertEquals(ids("Kazakhstan troupes"), ids("Kazakhstan troupes zzzyxq"));
    assertEquals(plain.total(), withUnknown.total());
    assertEquals(List.of("zzzyxq"), withUnknown.ignored());
    assertEquals(List.of(), plain.ignored());
    assertNull(withUnknown.relaxed());
    assertTrue(withUnknown.allWords());
    SearchResult typo = engine.search(SearchRequest.of("Kazakstan"));
    assertEquals("fuzzy", typo.relaxed());
    assertEquals(List.of(), typo.ignored(), "looked for with close spellings, so not ignored");
  }

  @Test
  void a_long_question_finds_documents_holding_some_of_its_words_its_question_words_weighing_nothing() {
    SearchResult question = engine.search(SearchRequest.of("Pourquoi les troupes de Moscou ont-elles quitté Almaty ?"));
    assertEquals("kazakhstan/retrait.txt", question.hits().get(0).id(), "troupes and Moscou, close together");
    assertEquals(Set.of("kazakhstan/retrait.txt", "kazakhstan/etat.txt", "ukraine/frontiere.txt", "notes/balisage.md"),
        Set.copyOf(question.hits().stream().map(Hit::id).toList()));
    assertFalse(question.allWords());
    assertNull(question.relaxed(), "any word is how a long query is read, not a loosening");
  }

  @Test
  void an_inverted_verb_and_a_hyphenated_word_are_searched_as_read_not_reported_as_unknown() throws IOException {
    write(corpus, "logiciels/a.txt", "Le disque contient des logiciels non libres, à part.");
    write(corpus, "logiciels/b.txt", "Le disque contient des logiciels libres et des notes.");
    reindex(corpus, index);
    engine.refresh();
    SearchResult question = engine.search(SearchRequest.of("Le disque contient-il des logiciels non-libres ?"));
    assertEquals(List.of(), question.ignored(), "contient-il is a verb and its pronoun; non-libres is non libres");
    assertEquals("logiciels/a.txt", question.hits().get(0).id());
    SearchResult grammar = engine.search(SearchRequest.of("Peut-on lire les logiciels libres ? Est-il possible ?"));
    assertEquals(List.of("lire", "possible"), grammar.ignored(), "peut-on and est-il frame the question: never reported");
    assertEquals(List.of("non-zzzyxq"), engine.search(SearchRequest.of("logiciels non-zzzyxq")).ignored());
  }

  @Test
  void function_words_weigh_nothing_while_another_word_remains() throws IOException {
    write(corpus, "archi/autres.txt", "Debian tourne sur d'autres architectures : arm64 et riscv64.");
    write(corpus, "archi/plus.txt", "Plus rien ne change depuis la version 3, et plus jamais depuis.");
    reindex(corpus, index);
    engine.refresh();
    // Two words typed, every one required: with plus required, no document held them all.
    SearchResult twoWords = engine.search(SearchRequest.of("Plus d'architectures"));
    assertEquals(List.of("archi/autres.txt"), twoWords.hits().stream().map(Hit::id).toList());
    assertNull(twoWords.relaxed());
    assertTrue(twoWords.allWords());
    List<String> question = ids("Puis-je installer Debian depuis plus d'architectures ?");
    assertEquals("archi/autres.txt", question.get(0));
    assertFalse(question.contains("archi/plus.txt"), "it shares only the question's grammar: depuis, plus");
    assertTrue(ids("plus").contains("archi/plus.txt"), "alone, a function word is searched");
  }

  @Test
  void a_first_sentence_shown_as_title_weighs_as_text_and_a_given_title_twice() throws IOException {
    write(corpus, "vallee/a.txt", "Des moutons dans la vallée. Un texte sans rapport.");
    write(corpus, "vallee/b.txt", "Un texte sans rapport. Des moutons dans la vallée.");
    write(corpus, "vallee/c.txt", " title Des moutons dans la vallée\n\nUn texte sans rapport. Des moutons dans la vallée.");
    reindex(corpus, index);
    engine.refresh();
    List<Hit> hits = engine.search(SearchRequest.of("moutons")).hits();
    assertEquals(List.of("vallee/c.txt", "vallee/a.txt", "vallee/b.txt"), hits.stream().map(Hit::id).toList());
    assertEquals(hits.get(1).score(), hits.get(2).score(), 1e-6, "the first sentence counts once, as text");
    assertEquals("Des moutons dans la vallée.", hits.get(1).title());
  }

  @Test
  void a_prefix_matches_the_words_as_written_and_is_never_loosened_while_it_matches() throws IOException {
    write(corpus, "assemblee/commission.txt", "La commission des lois et les commissaires se sont réunis.");
    write(corpus, "assemblee/comite.txt", "Le comité a siégé.");
    write(corpus, "assemblee/deputes.txt", "Les députés ont voté.");
    reindex(corpus, index);
    engine.refresh();
    SearchResult commiss = engine.search(SearchRequest.of("commiss*"));
    assertNull(commiss.relaxed());
    assertEquals(List.of("assemblee/commission.txt"), commiss.hits().stream().map(Hit::id).toList());
    assertTrue(commiss.hits().get(0).snippet().contains("<mark>commission</mark>"), commiss.hits().get(0).snippet());
    assertTrue(commiss.hits().get(0).snippet().contains("<mark>commissaires</mark>"), commiss.hits().get(0).snippet());
    assertEquals(List.of("assemblee/deputes.txt"), ids("député*"));
    assertEquals("fuzzy", engine.search(SearchRequest.of("commiz*")).relaxed(), "a prefix no word begins with is loosened");
  }

  @Test
  void a_word_matched_whole_and_by_its_first_part_is_explained_as_the_highlighter_marks_it() throws IOException {
    write(corpus, "codes/article.txt", "Le Conseil constitutionnel a statué. Le Conseil constitu-tionnel a constaté.");
    reindex(corpus, index);
    engine.refresh();
    Hit hit = engine.search(SearchRequest.of("constitu*")).hits().get(0);
    assertTrue(hit.snippet().contains("<mark>constitu-tionnel</mark>"), hit.snippet());
    // The joined word and its first part start at the same place: the whole word, not "constitu".
    List<WordMatch.Form> forms = hit.matches().get(0).forms();
    assertEquals(List.of("constitutionnel", "constitu-tionnel"), forms.stream().map(WordMatch.Form::form).toList());
    assertEquals(List.of("prefix", "prefix"), forms.stream().map(WordMatch.Form::rule).toList());
  }

  @Test
  void close_spellings_rank_the_documents_holding_the_correction_first() throws IOException {
    write(corpus, "typo/macron.txt", "Emmanuel Macron a parlé longuement devant les députés réunis.");
    write(corpus, "typo/facons.txt", "Des façons. Des accords. Des façons et des accords.");
    reindex(corpus, index);
    engine.refresh();
    SearchResult typo = engine.search(SearchRequest.of("Macorn"));
    assertEquals("fuzzy", typo.relaxed());
    assertEquals("Macron", typo.didYouMean()); // as the text writes it
    assertEquals("typo/macron.txt", typo.hits().get(0).id());
  }

  @Test
  void a_garbage_word_too_long_for_close_spellings_finds_nothing_without_failing() {
    SearchResult result = engine.search(SearchRequest.of("zq".repeat(100)));
    assertEquals(0, result.total());
    assertNull(result.relaxed());
  }

  @Test
  void relaxed_snippets_mark_the_close_spelling() {
    String snippet = engine.search(SearchRequest.of("Kazakstan")).hits().get(0).snippet();
    assertTrue(snippet.contains("<mark>Kazakhstan</mark>"), snippet);
  }

  @Test
  void completes_the_word_being_typed_from_the_words_as_written() {
    assertEquals(List.of("troupes", "troupe"), engine.complete("trou", 10));
    assertEquals(List.of("troupes"), engine.complete("trou", 1));
    assertEquals(List.of("et", "État"), engine.complete("ét", 10), "folded as search folds");
    assertEquals(List.of(), engine.complete("zzz", 10));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', textBlock = """
      # accents and case folded as search folds; the form written is offered
      eta    ; État
      ETA    ; État
      tokai  ; Tokaïev
      oeuv   ; œuvre
      TROU   ; troupes troupe
      """)
  void completion_folds_accents_and_case_and_offers_the_form_written(String typed, String expected) {
    assertEquals(List.of(expected.split(" ")), engine.complete(typed, 10));
  }

  @Test
  void related_documents_share_words_and_exclude_the_document_itself() {
    List<RelatedDocument> related = engine.related("kazakhstan/retrait.txt", 5).orElseThrow();
    assertTrue(related.stream().noneMatch(r -> r.id().equals("kazakhstan/retrait.txt")), related.toString());
    assertTrue(engine.related("absent.txt", 5).isEmpty());
  }

  @Test
  void documents_opening_alike_without_titles_are_told_apart_by_their_file_names() throws IOException {
    for (String sitting : List.of("2013-07-18-0930", "2013-07-18-1500", "2014-01-10-2130")) {
      write(corpus, "debats/seance-" + sitting + ".txt",
          "La séance est ouverte. Le budget des armées et le retrait des troupes sont débattus.");
    }
    reindex(corpus, index);
    engine.refresh();
    List<String> titles = engine.related("debats/seance-2013-07-18-0930.txt", 5).orElseThrow().stream()
        .filter(r -> r.id().startsWith("debats/")).map(RelatedDocument::title).toList();
    assertEquals(List.of("Séance 2013-07-18 1500", "Séance 2014-01-10 2130"), titles.stream().sorted().toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      "troupes         | unbalanced quote
      (((Kazakhstan    | unbalanced brackets
      ) troupes (      | brackets the wrong way
      +-|*~""          | operators alone
      troupes~2        | fuzzy operator
      """)
  void odd_input_never_fails(String query, String why) {
    SearchResult result = engine.search(SearchRequest.of(query));
    assertTrue(result.total() >= 0, why);
  }

  @Test
  void a_quoted_phrase_is_found_only_where_it_stands_word_for_word_in_the_text_or_the_given_title() throws IOException {
    write(corpus, "mariage/loi.txt", "Le débat sur le mariage pour tous a duré des mois.");
    write(corpus, "mariage/ordre.txt", "Pour le mariage, tous les députés étaient présents.");
    write(corpus, "mariage/autre.txt", "Le mariage pour eux tous était acquis.");
    write(corpus, "mariage/titre.md", "# Le mariage pour tous\n\nUn texte qui ne le redit pas : le mariage, tous.");
    reindex(corpus, index);
    engine.refresh();
    assertEquals(List.of("mariage/loi.txt", "mariage/titre.md"), ids("\"mariage pour tous\"").stream().sorted().toList());
    assertEquals(List.of("mariage/loi.txt", "mariage/titre.md"), ids("\"pour tous\"").stream().sorted().toList());
    // The same words unquoted: every document holding them, wherever they stand.
    assertEquals(4, ids("mariage tous").size());
    assertEquals(List.of("mariage/autre.txt", "mariage/ordre.txt"),
        ids("mariage -\"pour tous\"").stream().filter(id -> id.startsWith("mariage/")).sorted().toList());
  }

  @Test
  void a_quoted_phrase_marks_its_words_not_its_stopwords_and_stopwords_alone_mark_nothing() throws IOException {
    write(corpus, "mariage/loi.txt", "Le débat sur le mariage pour tous a duré des mois. Tous étaient là.");
    reindex(corpus, index);
    engine.refresh();
    // Held to its stopword, marked as its other words: "tous" wherever it stands, never "pour".
    Hit phrase = engine.search(SearchRequest.of("\"pour tous\"")).hits().get(0);
    assertEquals("mariage/loi.txt", phrase.id());
    assertTrue(phrase.snippet().contains("le mariage pour <mark>tous</mark> a duré des mois. <mark>Tous</mark> étaient"), phrase.snippet());
    assertEquals(List.of("tous", "Tous"), phrase.matches().get(0).forms().stream().map(WordMatch.Form::form).toList());
    Hit longer = engine.search(SearchRequest.of("\"mariage pour tous\"")).hits().get(0);
    assertTrue(longer.snippet().contains("le <mark>mariage pour tous</mark> a duré des mois. Tous étaient"), longer.snippet());
    List<Hit> stopwords = engine.search(SearchRequest.of("\"pour le\"")).hits();
    assertFalse(stopwords.isEmpty());
    stopwords.forEach(hit -> assertFalse(hit.snippet().contains("<mark>"), hit.snippet()));
  }

  @Test
  void snippet_marks_the_whole_surface_word() {
    SearchResult troupe = engine.search(SearchRequest.of("troupe Kazakhstan"));
    String snippet = troupe.hits().get(0).snippet();
    assertTrue(snippet.contains("<mark>troupes</mark>"), snippet);
    String occasion = engine.search(SearchRequest.of("occasion")).hits().get(0).snippet();
    assertTrue(occasion.contains("<mark>l’occasion</mark>"), occasion);
    String etat = engine.search(SearchRequest.of("etat")).hits().get(0).snippet();
    assertTrue(etat.contains("<mark>L’État</mark>"), etat);
  }

  @Test
  void snippets_read_as_one_line_with_passages_joined_by_an_ellipsis() throws IOException {
    write(corpus, "long.txt", "Les troupes arrivent.\n\n" + "Une phrase sans rapport avec le sujet. ".repeat(20)
        + "\n\nLes troupes repartent.\n");
    reindex(corpus, index);
    engine.refresh();
    String snippet = engine.search(SearchRequest.of("troupes arrivent repartent")).hits().get(0).snippet();
    assertTrue(snippet.contains("Les <mark>troupes</mark> <mark>arrivent</mark>."), snippet);
    assertTrue(snippet.contains("Les <mark>troupes</mark> <mark>repartent</mark>."), snippet);
    assertEquals(1, snippet.split(" … ", -1).length - 1, "two passages, one separator: " + snippet);
    assertFalse(snippet.contains("\n") || snippet.contains("  "), snippet);
  }

  @Test
  void a_match_in_the_title_only_still_shows_the_opening_lines() {
    Hit hit = engine.search(SearchRequest.of("émeutes")).hits().get(0);
    assertEquals("kazakhstan/etat.txt", hit.id());
    assertTrue(hit.snippet().startsWith("L’État a repris le contrôle d’Almaty."), hit.snippet());
  }

  @Test
  void the_best_passage_comes_first_and_passages_end_at_sentences() throws IOException {
    write(corpus, "ordre.txt", "Le Kazakhstan est cité ici. " + "Une phrase de remplissage sans rapport. ".repeat(12)
        + "Les troupes russes quittent le Kazakhstan. " + "Une autre phrase de remplissage. ".repeat(12));
    reindex(corpus, index);
    engine.refresh();
    String snippet = engine.search(SearchRequest.of("troupes russes Kazakhstan ordre")).hits().stream()
        .filter(h -> h.id().equals("ordre.txt")).findFirst().orElseThrow().snippet();
    assertTrue(snippet.contains("Les <mark>troupes</mark> <mark>russes</mark> quittent le <mark>Kazakhstan</mark>."), snippet);
    assertTrue(snippet.indexOf("<mark>troupes</mark>") < snippet.indexOf("cité ici"), "best passage first: " + snippet);
    for (String passage : snippet.split(" … ")) {
      assertTrue(passage.endsWith("."), "a passage ends at a sentence end: " + passage);
    }
  }

  @Test
  void snippet_escapes_the_document_text() {
    String snippet = engine.search(SearchRequest.of("code troupes")).hits().get(0).snippet();
    assertFalse(snippet.contains("<script>") || snippet.contains("<img"), snippet);
    assertTrue(snippet.contains("&lt;script&gt;") && snippet.contains("&lt;img"), snippet);
    assertTrue(snippet.contains("<mark>troupes</mark>"), snippet);
  }

  @Test
  void hits_carry_id_title_date_and_a_score() {
    Hit hit = engine.search(SearchRequest.of("émeutes")).hits().get(0);
    assertEquals("kazakhstan/etat.txt", hit.id());
    assertEquals("L'État kazakh après les émeutes", hit.title());
    assertEquals("2022-01", hit.date());
    assertTrue(hit.score() > 0);
  }

  @Test
  void date_filter_keeps_the_months_asked_for_and_facets_count_every_month() {
    SearchResult all = engine.search(SearchRequest.of("troupes"));
    assertEquals(3, all.total());
    assertEquals(List.of(new FacetValue("2021-12", 1), new FacetValue("2022-01", 1)), all.facets().date());
    SearchResult january = engine.search(new SearchRequest("troupes", 1, 10, YearMonth.of(2022, 1), YearMonth.of(2022, 1)));
    assertEquals(List.of("kazakhstan/retrait.txt"), january.hits().stream().map(Hit::id).toList());
    assertEquals(1, january.total());
    assertEquals(all.facets().date(), january.facets().date(), "other months stay visible while one is chosen");
    SearchResult fromFeb = engine.search(new SearchRequest("troupes", 1, 10, YearMonth.of(2022, 2), null));
    assertEquals(0, fromFeb.total());
    SearchResult untilDec = engine.search(new SearchRequest("troupes", 1, 10, null, YearMonth.of(2021, 12)));
    assertEquals(List.of("ukraine/frontiere.txt"), untilDec.hits().stream().map(Hit::id).toList());
  }

  @Test
  void equal_scores_are_ordered_by_id_and_pages_follow_on() throws IOException {
    for (int i = 0; i < 25; i++) {
      write(corpus, String.format("pareil/%02d.txt", 24 - i), "Un paragraphe identique sur Minsk.");
    }
    reindex(corpus, index);
    engine.refresh();
    SearchResult first = engine.search(new SearchRequest("Minsk", 1, 10, null, null));
    SearchResult third = engine.search(new SearchRequest("Minsk", 3, 10, null, null));
    assertEquals(25, first.total());
    assertEquals("pareil/00.txt", first.hits().get(0).id());
    assertEquals("pareil/09.txt", first.hits().get(9).id());
    assertEquals(List.of("pareil/20.txt", "pareil/21.txt", "pareil/22.txt", "pareil/23.txt", "pareil/24.txt"),
        third.hits().stream().map(Hit::id).toList());
    assertEquals(List.of(), engine.search(new SearchRequest("Minsk", 4, 10, null, null)).hits());
  }

  @Test
  void paging_past_the_window_is_refused() {
    int tooDeep = RelaxingSearch.MAX_WINDOW / 10 + 1;
    assertThrows(InvalidQueryException.class, () -> engine.search(new SearchRequest("troupes", tooDeep, 10, null, null)));
  }

  @Test
  void document_is_returned_whole_with_every_match_marked_when_asked() {
    DocumentView plain = engine.document("kazakhstan/retrait.txt", null).orElseThrow();
    assertNull(plain.highlighted());
    assertTrue(plain.text().startsWith("Le retrait des troupes"));
    DocumentView marked = engine.document("kazakhstan/retrait.txt", "Moscou troupes").orElseThrow();
    assertTrue(marked.highlighted().contains("<mark>troupes</mark>"), marked.highlighted());
    assertTrue(marked.highlighted().contains("<mark>Moscou</mark>"), marked.highlighted());
    assertTrue(marked.highlighted().endsWith("sa force."), marked.highlighted());
    String escaped = engine.document("notes/balisage.md", "troupes").orElseThrow().highlighted();
    assertTrue(escaped.startsWith("Un texte qui cite du code : &lt;script&gt;"), escaped);
  }

  @Test
  void unknown_or_traversing_ids_find_nothing() {
    assertTrue(engine.document("absent.txt", null).isEmpty());
    assertTrue(engine.document("../../etc/passwd", null).isEmpty());
    assertTrue(engine.document("kazakhstan/../kazakhstan/retrait.txt", null).isEmpty());
  }

  @Test
  void a_reindex_is_seen_after_a_refresh_without_reopening() throws IOException {
    assertEquals(List.of(), ids("Loukachenko"));
    write(corpus, "bielorussie/minsk.txt", " date 2020-08 Loukachenko revendique la victoire.");
    Files.delete(corpus.resolve("ukraine/frontiere.txt"));
    reindex(corpus, index);
    engine.refresh();
    assertEquals(List.of("bielorussie/minsk.txt"), ids("Loukachenko"));
    assertEquals(4, engine.documentCount());
  }

  @Test
  void the_months_counted_follow_a_reindex() throws IOException {
    assertEquals(List.of(new FacetValue("2021-12", 1), new FacetValue("2022-01", 1)),
        engine.search(SearchRequest.of("troupes")).facets().date());
    write(corpus, "bielorussie/minsk.txt", " date 2020-08 Les troupes de Loukachenko dans Minsk.");
    Files.delete(corpus.resolve("ukraine/frontiere.txt"));
    reindex(corpus, index);
    engine.refresh();
    assertEquals(List.of(new FacetValue("2020-08", 1), new FacetValue("2022-01", 1)),
        engine.search(SearchRequest.of("troupes")).facets().date());
  }

  @Test
  void without_any_date_there_is_no_month_to_count_and_totals_and_pages_stay_exact(
      @TempDir Path undated, @TempDir Path undatedIndex) throws IOException {
    for (int i = 0; i < 30; i++) {
      write(undated, String.format("notes/%02d.txt", i), "Une note sans date sur Minsk, la numéro " + i + ".");
    }
    reindex(undated, undatedIndex);
    try (LuceneSearchEngine plain = new LuceneSearchEngine(undatedIndex)) {
      SearchResult first = plain.search(SearchRequest.of("Minsk"));
      assertEquals(30, first.total());
      assertEquals(List.of(), first.facets().date());
      assertEquals("notes/00.txt", first.hits().get(0).id());
      assertTrue(first.hits().get(0).score() > 0, "scores are filled in");
      assertEquals(List.of("notes/20.txt", "notes/21.txt"),
          plain.search(new SearchRequest("Minsk", 3, 10, null, null)).hits().stream().map(Hit::id).limit(2).toList());
    }
  }

  @Test
  void a_warm_up_search_changes_nothing_and_never_throws_even_once_closed() throws IOException {
    List<String> before = ids("troupes");
    engine.warmUp();
    assertEquals(before, ids("troupes"));
    engine.close();
    engine.warmUp();
    engine = new LuceneSearchEngine(index); // for close() after each test
  }

  @Test
  void the_highlighter_hands_over_id_title_and_date_read_with_the_text() throws IOException {
    try (Directory dir = FSDirectory.open(index);
        DirectoryReader reader = DirectoryReader.open(dir)) {
      IndexSearcher searcher = new IndexSearcher(reader);
      Query query = new TermQuery(new Term(IndexFields.TEXT, "troup"));
      int[] docs = Arrays.stream(searcher.search(query, 10).scoreDocs).mapToInt(d -> d.doc).toArray();
      assertEquals(3, docs.length);
      List<Snippets.HitText> texts = new Snippets(DocumentMapper.analyzer(), new LongTexts())
          .passages(searcher, query, docs, Set.of("id", "title", "date"));
      for (int i = 0; i < docs.length; i++) {
        Document stored = reader.storedFields().document(docs[i]);
        assertEquals(stored.get("id"), texts.get(i).shown().get("id"));
        assertEquals(stored.get("title"), texts.get(i).shown().get("title"));
        assertEquals(stored.get("date"), texts.get(i).shown().get("date"));
        assertTrue(texts.get(i).snippet().contains("<mark>"), texts.get(i).snippet());
      }
    }
  }

  @Test
  void past_a_thousand_hits_the_total_is_a_lower_bound_unless_months_are_counted(
      @TempDir Path many, @TempDir Path manyIndex, @TempDir Path dated, @TempDir Path datedIndex) throws IOException {
    int documents = SearchResult.COUNTED_EXACTLY + 200;
    for (int i = 0; i < documents; i++) {
      // Some notes say Minsk twice: they rank first, whatever their number.
      String text = "Une note sur Minsk, la numéro " + i + "." + (i % 100 == 7 ? " Encore Minsk." : "");
      write(many, String.format("notes/%04d.txt", i), text);
      write(dated, String.format("notes/%04d.txt", i), " date 2022-01\n" + text);
    }
    reindex(many, manyIndex);
    reindex(dated, datedIndex);
    try (LuceneSearchEngine undatedEngine = new LuceneSearchEngine(manyIndex);
        LuceneSearchEngine datedEngine = new LuceneSearchEngine(datedIndex)) {
      SearchResult lowerBound = undatedEngine.search(SearchRequest.of("Minsk"));
      assertFalse(lowerBound.totalExact());
      assertEquals(SearchResult.COUNTED_EXACTLY, lowerBound.total(), "more than this many");
      List<String> expected = List.of("notes/0007.txt", "notes/0107.txt", "notes/0207.txt", "notes/0307.txt",
          "notes/0407.txt", "notes/0507.txt", "notes/0607.txt", "notes/0707.txt", "notes/0807.txt", "notes/0907.txt");
      assertEquals(expected, lowerBound.hits().stream().map(Hit::id).toList(), "the best hits, ties by id, all the same");
      SearchResult exact = datedEngine.search(SearchRequest.of("Minsk"));
      assertTrue(exact.totalExact());
      assertEquals(documents, exact.total());
      assertEquals(List.of(new FacetValue("2022-01", documents)), exact.facets().date());
      assertEquals(expected, exact.hits().stream().map(Hit::id).toList());
      SearchResult few = undatedEngine.search(SearchRequest.of("\"numéro 12\""));
      assertTrue(few.totalExact());
      assertEquals(1, few.total());
    }
  }
}
