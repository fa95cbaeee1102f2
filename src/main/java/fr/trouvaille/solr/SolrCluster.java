package fr.trouvaille.solr;

import java.io.IOException;
import java.util.List;

/** A connection to a SolrCloud cluster through the nodes named, shared by the search engine and the indexer. */
public final class SolrCluster implements AutoCloseable {

  private final SolrNodes nodes;

  /** Connects to the nodes at {@code urls}, each a node's base URL ({@code http://host:8983/solr}). */
  public SolrCluster(List<String> urls) {
    this.nodes = new SolrNodes(urls);
  }

  SolrNodes nodes() {
    return nodes;
  }

  @Override
  public void close() throws IOException {
    nodes.close();
  }
}
