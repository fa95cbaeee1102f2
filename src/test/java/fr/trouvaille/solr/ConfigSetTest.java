package fr.trouvaille.solr;

import static fr.trouvaille.Fixtures.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import fr.trouvaille.analysis.FrenchAnalysis;
import fr.trouvaille.analysis.SynonymRules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.util.ClasspathResourceLoader;
import org.apache.lucene.util.ResourceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/** The configset read back as Solr reads it (schema elements, files by name) gives our analyzers' tokens. */
class ConfigSetTest {

  private static final SynonymRules RULES = SynonymRules.parse("""
      OTSC, ODKB, CSTO
      Tokaïev, Tokayev, Tokaev
      Nur-Sultan, Noursoultan, Nursultan, Astana
      Organisation du traité de sécurité collective, OTSC
      Biélorussie => Bélarus
      """);
  private static final ConfigSet CONFIG_SET = ConfigSet.of(RULES);

  /** Builds the analyzer of one {@code <analyzer>} element with Lucene, from the configset's own files. */
  private static Analyzer fromSchema(String fieldType, String type) throws Exception {
    byte[] schema = CONFIG_SET.files().get("schema.xml");
    org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(schema));
    NodeList types = xml.getElementsByTagName("fieldType");
    for (int i = 0; i < types.getLength(); i++) {
      Element fieldTypeElement = (Element) types.item(i);
      if (!fieldTypeElement.getAttribute("name").equals(fieldType)) {
        continue;
      }
      NodeList analyzers = fieldTypeElement.getElementsByTagName("analyzer");
      for (int a = 0; a < analyzers.getLength(); a++) {
        Element analyzer = (Element) analyzers.item(a);
        if (analyzer.getAttribute("type").equals(type)) {
          return build(analyzer);
        }
      }
    }
    throw new AssertionError("no analyzer " + fieldType + "/" + type);
  }

  private static Analyzer build(Element analyzer) throws IOException {
    CustomAnalyzer.Builder builder = CustomAnalyzer.builder(configSetLoader());
    NodeList steps = analyzer.getChildNodes();
    for (int s = 0; s < steps.getLength(); s++) {
      if (!(steps.item(s) instanceof Element step)) {
        continue;
      }
      Map<String, String> params = new HashMap<>();
      NamedNodeMap attributes = step.getAttributes();
      for (int p = 0; p < attributes.getLength(); p++) {
        params.put(attributes.item(p).getNodeName(), attributes.item(p).getNodeValue());
      }
      String name = params.remove("name");
      switch (step.getTagName()) {
        case "charFilter" -> builder.addCharFilter(name, params);
        case "tokenizer" -> builder.withTokenizer(name, params);
        default -> builder.addTokenFilter(name, params);
      }
    }
    return builder.build();
  }

  private static ResourceLoader configSetLoader() {
    ResourceLoader classes = new ClasspathResourceLoader(ConfigSetTest.class);
    return new ResourceLoader() {
      @Override
      public InputStream openResource(String resource) throws IOException {
        byte[] file = CONFIG_SET.files().get(resource);
        if (file == null) {
          throw new IOException(resource + " is not in the configset");
        }
        return new ByteArrayInputStream(file);
      }

      @Override
      public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
        return classes.findClass(cname, expectedType);
      }
    };
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"l’occasion", "Tokaïev", "État", "troupes", "le retrait de la Russie", "Nur-Sultan",
      "Jean-François", "il etait", "3,5 %", "U.S.A.", "aujourd’hui", "œuvre"})
  void schema_analyzers_give_the_tokens_of_ours(String text) throws Exception {
    assertEquals(tokens(FrenchAnalysis.indexAnalyzer(), text), tokens(fromSchema("text_fr", "index"), text));
    assertEquals(tokens(RULES.queryAnalyzer(), text), tokens(fromSchema("text_fr", "query"), text));
    assertEquals(tokens(FrenchAnalysis.wordsAnalyzer(), text), tokens(fromSchema("text_words", ""), text));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"CSTO", "Tokayev", "Astana", "Nur Sultan", "l'Organisation du traité de sécurité collective", "Biélorussie"})
  void synonyms_in_the_configset_expand_as_ours(String text) throws Exception {
    assertEquals(tokens(RULES.queryAnalyzer(), text), tokens(fromSchema("text_fr", "query"), text));
    assertNotEquals(tokens(FrenchAnalysis.queryAnalyzer(), text), tokens(fromSchema("text_fr", "query"), text), "rewritten");
  }

  @Test
  void zip_holds_the_config_the_schema_and_every_file_the_chains_read() throws IOException {
    Map<String, byte[]> zipped = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(CONFIG_SET.zip()))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        zipped.put(entry.getName(), zip.readAllBytes());
      }
    }
    assertEquals(CONFIG_SET.files().keySet(), zipped.keySet());
    assertEquals(java.util.Set.of("solrconfig.xml", "schema.xml", "stopwords_fr.txt", "word-delimiter-types.txt", "synonyms.txt"),
        zipped.keySet());
    assertEquals(RULES.compiled(), new String(zipped.get("synonyms.txt"), StandardCharsets.UTF_8));
  }
}
