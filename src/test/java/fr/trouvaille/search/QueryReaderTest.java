package fr.trouvaille.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.trouvaille.analysis.FrenchAnalysis;
import fr.trouvaille.analysis.Words;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryReaderTest {

  // The words "the index" holds in this table; any other plain word is unknown.
  private static final Set<String> KNOWN = Set.of("troupes", "Kazakhstan", "installer", "paquet", "Debian", "comment",
      "quel", "retrait", "contient", "non", "libres");

  // The words of "the corpus" as written, the most frequent first.
  private static final List<String> FORMS = List.of("commission", "commissaire", "commissions", "comité", "russes", "russie");

  private static QueryReading read(String query) {
    return QueryReader.read(query, FrenchAnalysis.queryAnalyzer(), QueryReaderTest::known,
        prefix -> FORMS.stream().filter(word -> word.startsWith(prefix)).toList());
  }

  // A part is known when each of its words is, or is a stopword (the engine requires every word of a part).
  private static boolean known(String part) {
    return Arrays.stream(part.split(" "))
        .allMatch(word -> KNOWN.contains(word) || Words.of(FrenchAnalysis.queryAnalyzer(), word).isEmpty());
  }

  // Each part as typed/KIND/USE, joined by spaces.
  private static String parts(QueryReading reading) {
    return reading.parts().stream().map(p -> p.typed() + "/" + p.kind() + "/" + p.use()).collect(Collectors.joining(" "));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', textBlock = """
      # words, stopwords, unknown words
      troupes Kazakhstan               ; troupes/WORD/KEPT Kazakhstan/WORD/KEPT
      les troupes zzzyxq               ; les/WORD/STOPWORD troupes/WORD/KEPT zzzyxq/WORD/UNKNOWN
      # phrases, prefixes and exclusions are kept as typed, known or not
      "retrait des troupes" -russes    ; "retrait des troupes"/PHRASE/KEPT russes/EXCLUDED/KEPT
      kazakh* "zzz yyy"~2              ; kazakh*/PREFIX/KEPT "zzz yyy"~2/PHRASE/KEPT
      # question words weigh nothing while another word is searched
      Comment installer un paquet ?    ; Comment/WORD/FRAMING installer/WORD/KEPT un/WORD/STOPWORD paquet/WORD/KEPT ?/WORD/STOPWORD
      Combien de paquet Debian ?       ; Combien/WORD/FRAMING de/WORD/STOPWORD paquet/WORD/KEPT Debian/WORD/KEPT ?/WORD/STOPWORD
      comment                          ; comment/WORD/KEPT
      # so do function words Snowball's stopwords lack (depuis, plus, non); alone, one is searched
      plus de paquet Debian            ; plus/WORD/FRAMING de/WORD/STOPWORD paquet/WORD/KEPT Debian/WORD/KEPT
      installer depuis Debian          ; installer/WORD/KEPT depuis/WORD/FRAMING Debian/WORD/KEPT
      non                              ; non/WORD/KEPT
      # parentheses without alternatives group nothing; a lone quote is text
      (retrait troupes)                ; retrait/WORD/KEPT troupes/WORD/KEPT
      troupes "retrait                 ; troupes/WORD/KEPT retrait/WORD/KEPT
      # a question word the index does not hold is not reported as unknown
      Pourquoi retrait ?               ; Pourquoi/WORD/FRAMING retrait/WORD/KEPT ?/WORD/STOPWORD
      # an inverted verb is grammar: searched without its pronoun, framing when it is a modal, being or having
      Debian contient-il Kazakhstan ?  ; Debian/WORD/KEPT contient-il/WORD/KEPT Kazakhstan/WORD/KEPT ?/WORD/STOPWORD
      Debian contient-elles troupes    ; Debian/WORD/KEPT contient-elles/WORD/KEPT troupes/WORD/KEPT
      Debian est-il Kazakhstan ?       ; Debian/WORD/KEPT est-il/WORD/FRAMING Kazakhstan/WORD/KEPT ?/WORD/STOPWORD
      paquet peut-elle                 ; paquet/WORD/KEPT peut-elle/WORD/FRAMING
      Existe-t-il un paquet ?          ; Existe-t-il/WORD/FRAMING un/WORD/STOPWORD paquet/WORD/KEPT ?/WORD/STOPWORD
      Qu’est-ce qu'un paquet ?         ; Qu’est-ce/WORD/FRAMING qu'un/WORD/STOPWORD paquet/WORD/KEPT ?/WORD/STOPWORD
      # a hyphenated word unknown joined is searched as its parts when every part is known
      paquet non-libres                ; paquet/WORD/KEPT non-libres/WORD/KEPT
      paquet non-zzzyxq                ; paquet/WORD/KEPT non-zzzyxq/WORD/UNKNOWN
      """)
  void reads_each_part(String query, String expected) {
    assertEquals(expected, parts(read(query)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', textBlock = """
      contient-il paquet    ; contient
      contient-elles paquet ; contient
      non-libres paquet     ; non libres
      Debian paquet         ; Debian
      """)
  void an_unknown_inverted_verb_or_hyphenated_word_is_searched_as_read_otherwise(String query, String searched) {
    assertEquals(searched, read(query).parts().get(0).text());
  }

  @org.junit.jupiter.api.Test
  void the_words_asked_about_include_each_word_read_otherwise() {
    assertEquals(List.of("paquet", "contient-il", "contient", "non-libres", "non libres"),
        QueryReader.words("paquet contient-il non-libres \"des troupes\" kazakh*"));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', textBlock = """
      commiss*          ; (commissaire|commission|commissions)
      l'Russ*           ; (russes|russie)
      Zanzi*            ; Zanzi*
      """)
  void a_prefix_is_searched_as_the_words_written_that_begin_with_it(String query, String searched) {
    assertEquals(searched, read(query).parts().get(0).text());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', textBlock = """
      troupes | Kazakhstan
      troupes + Kazakhstan
      troupes\\ Kazakhstan
      """)
  void alternatives_and_escapes_run_as_typed(String query) {
    QueryReading reading = read(query);
    assertTrue(reading.operators());
    assertEquals(List.of(), reading.parts());
  }

  @ParameterizedTest(name = "{0}: every word {1}")
  @CsvSource(delimiter = ';', textBlock = """
      troupes                                    ; true
      retrait des troupes                        ; true
      le retrait des troupes                     ; false
      Comment installer un paquet Debian ?       ; false
      """)
  void short_queries_require_every_word_and_longer_ones_any(String query, boolean every) {
    assertEquals(every, read(query).everyWord());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', textBlock = """
      retrait troupes                  ; "retrait troupes"~3
      retrait troupes Kazakhstan       ; "retrait troupes"~3 "retrait Kazakhstan"~6 "troupes Kazakhstan"~3
      retrait kazakh* troupes          ; "retrait troupes"~3
      troupes                          ; ''
      """)
  void words_near_each_other_in_the_query_are_looked_for_near_each_other_in_the_text(String query, String pairs) {
    assertEquals(pairs, String.join(" ", read(query).nearPairs()));
  }
}
