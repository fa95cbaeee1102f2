package fr.trouvaille.solr;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.HttpJdkSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.util.NamedList;

/**
 * Waits, after a commit, until every replica of a collection is active and holds as many documents
 * as the other replicas of its shard. A replica that missed an update recovers from its leader on
 * its own; until it has, a search routed to it could see fewer documents, and a node stopped then
 * could leave only it to answer.
 */
final class SolrReplicas {

  /** One replica: where it is, and whether SolrCloud says it serves. */
  record Replica(String shard, String baseUrl, String core, boolean active) {}

  private static final long POLL_MILLIS = 500;

  private final SolrNodes nodes;

  SolrReplicas(SolrNodes nodes) {
    this.nodes = nodes;
  }

  /** Returns once {@code collection}'s replicas are all active and agree, or fails after {@code timeout}. */
  void awaitInSync(String collection, Duration timeout) throws IOException {
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "no answer";
    while (System.nanoTime() < deadline) {
      List<Replica> replicas = replicas(collection);
      last = disagreement(replicas);
      if (last == null) {
        return;
      }
      sleep();
    }
    throw new IOException("the replicas of " + collection + " did not agree within " + timeout.toSeconds() + " s: " + last);
  }

  private List<Replica> replicas(String collection) throws IOException {
    NamedList<Object> status = nodes.send(CollectionAdminRequest.getClusterStatus().setCollectionName(collection), null)
        .getResponse();
    Object shards = get(get(get(get(status, "cluster"), "collections"), collection), "shards");
    List<Replica> replicas = new ArrayList<>();
    entries(shards).forEach((shard, state) -> entries(get(state, "replicas")).values().forEach(replica ->
        replicas.add(new Replica(shard, (String) get(replica, "base_url"), (String) get(replica, "core"),
            "active".equals(get(replica, "state"))))));
    return replicas;
  }

  // The cluster status nests maps and named lists, depending on the response format: read both.
  private static Object get(Object container, String key) {
    if (container instanceof Map<?, ?> map) {
      return map.get(key);
    }
    return container instanceof NamedList<?> list ? list.get(key) : null;
  }

  private static Map<String, Object> entries(Object container) {
    Map<String, Object> entries = new java.util.LinkedHashMap<>();
    if (container instanceof Map<?, ?> map) {
      map.forEach((key, value) -> entries.put(String.valueOf(key), value));
    } else if (container instanceof NamedList<?> list) {
      list.forEach(entry -> entries.put(entry.getKey(), entry.getValue()));
    }
    return entries;
  }

  /** Null when every replica is active and each shard's replicas count the same documents; else why not. */
  private static String disagreement(List<Replica> replicas) throws IOException {
    if (replicas.isEmpty()) {
      return "no replica";
    }
    Map<String, Long> counts = new java.util.HashMap<>();
    for (Replica replica : replicas) {
      long count = replica.active() ? count(replica) : -1;
      if (count < 0) {
        return replica.core() + " is not active yet";
      }
      Long other = counts.putIfAbsent(replica.shard(), count);
      if (other != null && other != count) {
        return replica.shard() + " has replicas of " + other + " and " + count + " documents";
      }
    }
    return null;
  }

  // The replica alone (distrib=false), over HTTP/1.1 like every request of ours.
  private static long count(Replica replica) throws IOException {
    try (HttpJdkSolrClient client = new HttpJdkSolrClient.Builder(replica.baseUrl()).useHttp1_1(true)
        .withConnectionTimeout(5, TimeUnit.SECONDS).withRequestTimeout(30, TimeUnit.SECONDS).build()) {
      SolrQuery all = new SolrQuery("*:*").setRows(0);
      all.set("distrib", false);
      return new QueryRequest(all).process(client, replica.core()).getResults().getNumFound();
    } catch (SolrServerException | SolrException e) {
      return -1; // not answering yet: counted as disagreeing, asked again
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(POLL_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
