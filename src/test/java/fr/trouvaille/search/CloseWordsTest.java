package fr.trouvaille.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.trouvaille.analysis.WordForms;
import fr.trouvaille.corpus.SourceDocument;
import fr.trouvaille.index.DocumentMapper;
import fr.trouvaille.index.FileStamp;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The did-you-mean read from the {@code forms} keys chooses what Lucene's {@link DirectSpellChecker}
 * (defaults) chooses over a plain field of the same words folded, on the same documents.
 */
class CloseWordsTest {

  /** A field of the folded words, one term each: what DirectSpellChecker is given. */
  private static final String PLAIN = "plain";

  /** Each word as written and the number of documents holding it (document i holds the words counted above i). */
  private static final String WORDS = """
      troupes 5, troupe 2, retrait 3, Kazakhstan 3, président 4, présidence 1, gouvernement 5, gouverneur 1,
      élection 2, élections 3, décision 3, déchéance 1, manifestation 2, manifestants 2, frontière 3,
      sécurité 4, secrétaire 2, économie 3, économique 2, État 5, pouvoir 4, pouvoirs 2, parlement 3,
      parlementaire 1, ministre 4, ministère 2, contrat 3, contrats 2, article 5, articles 4, loi 5, lois 3,
      gare 1, gars 3, garde 2, marc 1, mare 2, mari 2, mark 1, mars 3, mord 5, Almaty 1, λόγος 2""";

  @TempDir static Path index;
  private static Directory directory;
  private static DirectoryReader reader;

  @BeforeAll
  static void indexTheWords() throws IOException {
    List<String> texts = new ArrayList<>(documents());
    texts.add("kazakhstan"); // another form of a word: the most used one (Kazakhstan) is shown
    directory = FSDirectory.open(index);
    DocumentMapper mapper = new DocumentMapper();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(DocumentMapper.analyzer()))) {
      for (int i = 0; i < texts.size(); i++) {
        Document doc = mapper.toDocument(new SourceDocument("d" + i + ".txt", "", null, texts.get(i), false),
            new FileStamp(1, 1, "h"));
        // The folded part of each key, once per document: a document writes each word one way here,
        // so its documents are counted the same in both fields (CloseWords sums its keys').
        Set<String> folded = new LinkedHashSet<>();
        List<String> keys = WordForms.keyList(texts.get(i));
        keys.forEach(key -> folded.add(key.substring(0, key.indexOf(WordForms.SEPARATOR))));
        assertEquals(keys.size(), folded.size(), "one form of each word per document");
        folded.forEach(word -> doc.add(new StringField(PLAIN, word, Field.Store.NO)));
        writer.addDocument(doc);
      }
    }
    reader = DirectoryReader.open(directory);
  }

  private static List<String> documents() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (String entry : WORDS.split(",")) {
      String[] parts = entry.strip().split(" ");
      counts.put(parts[0], Integer.parseInt(parts[1]));
    }
    int most = counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    List<String> documents = new ArrayList<>();
    for (int i = 0; i < most; i++) {
      int document = i;
      documents.add(String.join(" ", counts.keySet().stream().filter(w -> counts.get(w) > document).toList()));
    }
    return documents;
  }

  @AfterAll
  static void close() throws IOException {
    reader.close();
    directory.close();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = ';', textBlock = """
      # a letter missing
      Kazakstan     ; Kazakhstan
      trupes        ; troupes
      gouvernment   ; gouvernement
      electon       ; élection
      parlment      ; parlement
      minstre       ; ministre
      artcle        ; article
      # two letters swapped
      troupse       ; troupes
      retriat       ; retrait
      presdient     ; président
      decisoin      ; décision
      contart       ; contrat
      étta          ; État
      # letters of more than one byte in the folded part (not folded: Greek)
      λόγς          ; λόγος
      λογς          ; λόγος
      # a wrong or missing accent and a typo: compared folded, found all the same
      decheanse     ; déchéance
      sécurté       ; sécurité
      ecnomie       ; économie
      # the same closeness: the word more documents hold (gars 3, gare 1), not the first
      garz          ; gars
      # the closer of two (lois by a letter changed, loi by one dropped from a shorter word)
      loix          ; lois
      # five as close or more: the first five in term order are weighed by documents, as
      # DirectSpellChecker's maxInspections does (mord, in the most documents, comes sixth)
      mard          ; mars
      # the first letter wrong: nothing
      proupes       ; ''
      zouvernement  ; ''
      brontière     ; ''
      # known words, in any accent: nothing
      troupes       ; ''
      gouvernément  ; ''
      etat          ; ''
      # nothing close enough, or too short to correct
      xylophone     ; ''
      lio           ; ''
      """)
  void corrects_as_direct_spell_checker_does_over_the_folded_words(String word, String expected) throws IOException {
    String close = new CloseWords().closest(reader, word);
    assertEquals(expected.isEmpty() ? null : expected, close);
    SuggestWord[] reference = new DirectSpellChecker().suggestSimilar(
        new Term(PLAIN, WordForms.folded(word)), 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
    assertEquals(reference.length == 0 ? null : reference[0].string, close == null ? null : WordForms.folded(close),
        "DirectSpellChecker's choice");
  }
}
