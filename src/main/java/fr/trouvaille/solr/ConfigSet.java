package fr.trouvaille.solr;

import fr.trouvaille.analysis.AnalysisChain;
import fr.trouvaille.analysis.FrenchAnalysis;
import fr.trouvaille.analysis.SynonymRules;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The configset of a Trouvaille collection: {@code solrconfig.xml} (shipped in our jar), the schema
 * written from our analysis chains, and the files those chains read (stopwords, word delimiter
 * types, and the synonyms compiled from the corpus's {@code synonyms.txt}).
 */
final class ConfigSet {

  private final Map<String, byte[]> files;

  private ConfigSet(Map<String, byte[]> files) {
    this.files = files;
  }

  /** The configset with these synonym rules. */
  static ConfigSet of(SynonymRules synonyms) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("solrconfig.xml", resource(ConfigSet.class.getResourceAsStream("solrconfig.xml"), "solrconfig.xml"));
    files.put("schema.xml", SchemaWriter.schema().getBytes(StandardCharsets.UTF_8));
    TreeSet<String> read = new TreeSet<>();
    for (AnalysisChain chain : SchemaWriter.chains()) {
      read.addAll(chain.files());
    }
    for (String name : read) {
      files.put(name, name.equals(FrenchAnalysis.SYNONYMS)
          ? synonyms.compiled().getBytes(StandardCharsets.UTF_8)
          : analysisFile(name));
    }
    return new ConfigSet(files);
  }

  /** The files by name, in the order they are zipped. */
  Map<String, byte[]> files() {
    return files;
  }

  /** The files zipped at the root, as the Configsets API's upload takes them. */
  byte[] zip() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue());
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory
    }
    return bytes.toByteArray();
  }

  private static byte[] analysisFile(String name) {
    try {
      return resource(FrenchAnalysis.openResource(name), name);
    } catch (IOException e) {
      throw new UncheckedIOException("the analysis file " + name + " is missing from the jar", e);
    }
  }

  private static byte[] resource(InputStream in, String name) {
    if (in == null) {
      throw new IllegalStateException(name + " is missing from the jar");
    }
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
