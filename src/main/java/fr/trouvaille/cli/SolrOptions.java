package fr.trouvaille.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** Where the SolrCloud backend is, when the user asks for it; without {@code --solr}, the embedded index. */
final class SolrOptions {

  @Option(names = "--solr", split = ",", paramLabel = "URL",
      description = "SolrCloud nodes' base URLs (http://host:8983/solr), comma-separated: use a SolrCloud "
          + "collection instead of the embedded index.")
  List<String> solr;

  @Option(names = "--collection", defaultValue = "trouvaille", paramLabel = "NAME",
      description = "With --solr: the collection alias. Default: ${DEFAULT-VALUE}.")
  String collection;

  boolean enabled() {
    return solr != null && !solr.isEmpty();
  }
}
