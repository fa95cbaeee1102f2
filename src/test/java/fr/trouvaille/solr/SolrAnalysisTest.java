package fr.trouvaille.solr;

import static fr.trouvaille.Fixtures.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.trouvaille.Fixtures;
import fr.trouvaille.analysis.FrenchAnalysis;
import fr.trouvaille.analysis.SynonymRules;
import fr.trouvaille.index.ReindexListener;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.FieldAnalysisRequest;
import org.apache.solr.client.solrj.response.AnalysisResponseBase;
import org.apache.solr.client.solrj.response.FieldAnalysisResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The analyzers' token tables ({@code FrenchAnalysisTest}, {@code SynonymRulesTest}) through Solr's
 * field analysis request on a collection made by our configset: the same tokens as our analyzers.
 */
@Tag("solrcloud")
@ExtendWith(SolrCloudExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class SolrAnalysisTest {

  private static final String COLLECTION = "analysis";

  private HttpJdkSolrClient solr;
  private Analyzer query;

  @BeforeAll
  void collection(SolrClusterProcess cluster, @TempDir Path corpus) throws Exception {
    String rules = synonymsOfSynonymRulesTest();
    Fixtures.write(corpus, "synonyms.txt", rules);
    Fixtures.write(corpus, "un.txt", "Un document.");
    try (SolrCluster connection = new SolrCluster(cluster.urls())) {
      new SolrCorpusIndex(connection, COLLECTION, new SolrCorpusIndex.Layout(1, 1), note -> {})
          .reindex(corpus, false, ReindexListener.NONE);
    }
    // HTTP/1.1, as SolrNodes: a node proxying an h2c upgrade request to another hangs.
    solr = new HttpJdkSolrClient.Builder(cluster.urls().get(1)).useHttp1_1(true).build();
    query = SynonymRules.parse(rules).queryAnalyzer();
  }

  @AfterAll
  void close() throws Exception {
    solr.close();
  }

  private static String synonymsOfSynonymRulesTest() throws ReflectiveOperationException {
    Field file = Class.forName("fr.trouvaille.analysis.SynonymRulesTest").getDeclaredField("FILE");
    file.setAccessible(true);
    return (String) file.get(null);
  }

  /** The first column of every token table of the analysis tests. */
  static Stream<Arguments> inputs() throws ReflectiveOperationException {
    List<Arguments> inputs = new ArrayList<>();
    for (String test : List.of("fr.trouvaille.analysis.FrenchAnalysisTest", "fr.trouvaille.analysis.SynonymRulesTest")) {
      for (Method method : Class.forName(test).getDeclaredMethods()) {
        CsvSource table = method.getAnnotation(CsvSource.class);
        if (table != null) {
          rows(table).forEach(row -> inputs.add(Arguments.of(row.get(0), method.getName())));
        }
      }
    }
    return inputs.stream();
  }

  private static List<List<String>> rows(CsvSource table) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : table.textBlock().split("\n")) {
      if (!line.isBlank() && !line.strip().startsWith("#")) {
        rows.add(Arrays.stream(line.split("\\|", -1)).map(String::strip).map(c -> c.equals("''") ? "" : c).toList());
      }
    }
    return rows;
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("inputs")
  void solr_analyzes_the_table_inputs_as_our_analyzers(String input, String table) throws Exception {
    assertEquals(tokens(FrenchAnalysis.indexAnalyzer(), input), solrTokens("text_fr", input, true), "index");
    // A synonym graph's paths come in no set order: Solr lists them by position, Lucene by path.
    assertEquals(sorted(tokens(query, input)), sorted(solrTokens("text_fr", input, false)), "query");
    assertEquals(tokens(FrenchAnalysis.wordsAnalyzer(), input), solrTokens("text_words", input, true), "words");
    assertEquals(tokens(FrenchAnalysis.phraseIndexAnalyzer(), input), solrTokens("text_fr_phrase", input, true), "phrase index");
    assertEquals(tokens(FrenchAnalysis.phraseQueryAnalyzer(), input), solrTokens("text_fr_phrase", input, false), "phrase query");
  }

  private static List<String> sorted(String tokens) {
    return Arrays.stream(tokens.split(" ")).sorted().toList();
  }

  private String solrTokens(String fieldType, String text, boolean index) throws Exception {
    FieldAnalysisRequest request = new FieldAnalysisRequest().addFieldType(fieldType);
    if (index) {
      request.setFieldValue(text);
    } else {
      request.setFieldValue("").setQuery(text);
    }
    FieldAnalysisResponse response = request.process(solr, COLLECTION);
    FieldAnalysisResponse.Analysis analysis = response.getFieldTypeAnalysis(fieldType);
    Iterable<AnalysisResponseBase.AnalysisPhase> phases = index ? analysis.getIndexPhases() : analysis.getQueryPhases();
    List<String> last = new ArrayList<>();
    if (phases != null) {
      for (AnalysisResponseBase.AnalysisPhase phase : phases) {
        last = phase.getTokens().stream().map(AnalysisResponseBase.TokenInfo::getText).toList();
      }
    }
    return String.join(" ", last);
  }
}
