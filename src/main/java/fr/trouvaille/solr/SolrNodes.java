package fr.trouvaille.solr;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.SolrResponse;
import org.apache.solr.common.SolrException;

/**
 * The Solr nodes Trouvaille talks to, one Jetty-free client each ({@link HttpJdkSolrClient}: Java's
 * own HTTP client, which lives beside Javalin's Jetty 12). Requests go to the nodes in turn; a node
 * that cannot be reached or answers 5xx is skipped for the next one, so a stopped node costs a retry,
 * not an error. Any node can serve any collection: SolrCloud routes inside the cluster.
 */
final class SolrNodes implements AutoCloseable {

  private final List<String> urls;
  private final List<HttpJdkSolrClient> clients;
  private final AtomicInteger next = new AtomicInteger();

  /** Clients for the nodes at {@code urls} ({@code http://host:8983/solr}). */
  SolrNodes(List<String> urls) {
    if (urls.isEmpty()) {
      throw new IllegalArgumentException("at least one Solr node");
    }
    this.urls = List.copyOf(urls);
    this.clients = urls.stream()
        .map(url -> new HttpJdkSolrClient.Builder(url.replaceAll("/+$", ""))
            // HTTP/1.1: Java's client would offer an upgrade to HTTP/2 (h2c) on plain http, and a
            // node that proxies the request to another (no replica of the collection here) hangs on it.
            .useHttp1_1(true)
            .withConnectionTimeout(5, TimeUnit.SECONDS)
            .withRequestTimeout(180, TimeUnit.SECONDS)
            .build())
        .toList();
  }

  /** The nodes' base URLs, as given. */
  List<String> urls() {
    return urls;
  }

  /** Sends {@code request} (for {@code collection}, or null for the admin APIs) to the first node that answers. */
  <T extends SolrResponse> T send(SolrRequest<T> request, String collection) throws IOException {
    int first = Math.floorMod(next.getAndIncrement(), clients.size());
    IOException failure = null;
    for (int i = 0; i < clients.size(); i++) {
      HttpJdkSolrClient client = clients.get((first + i) % clients.size());
      try {
        return request.process(client, collection);
      } catch (SolrServerException | IOException e) {
        failure = new IOException("Solr node " + client.getBaseURL() + " did not answer ("
            + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")", e);
      } catch (SolrException e) {
        if (e.code() < 500) {
          throw e; // the request itself is wrong: another node would say the same
        }
        failure = new IOException("Solr node " + client.getBaseURL() + " failed: " + e.getMessage(), e);
      }
    }
    throw failure;
  }

  @Override
  public void close() throws IOException {
    for (HttpJdkSolrClient client : clients) {
      client.close();
    }
  }
}
