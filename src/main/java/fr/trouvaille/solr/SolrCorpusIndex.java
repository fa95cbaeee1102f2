package fr.trouvaille.solr;

import fr.trouvaille.analysis.SynonymRules;
import fr.trouvaille.corpus.CorpusScan;
import fr.trouvaille.corpus.CorpusScanner;
import fr.trouvaille.corpus.Skipped;
import fr.trouvaille.index.CorpusIndex;
import fr.trouvaille.index.FileStamp;
import fr.trouvaille.index.ReindexFailedException;
import fr.trouvaille.index.ReindexListener;
import fr.trouvaille.index.ReindexReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.solr.client.solrj.SolrQuery;
import org.apache.solr.client.solrj.request.QueryRequest;
import org.apache.solr.client.solrj.request.UpdateRequest;

/**
 * The SolrCloud backend's write side: keeps the collection behind an alias in line with a corpus
 * folder. Incremental by default (the stamps stored in Solr decide added, changed, unchanged; gone
 * files are deleted), visible in one commit at the end. {@code full} builds a new collection beside
 * the live one, moves the alias to it in one step and drops the old one, so searches never see half
 * an index.
 */
public final class SolrCorpusIndex implements CorpusIndex {

  /** Left to the nodes to see the alias move before the old collection goes. */
  static final Duration ALIAS_GRACE = Duration.ofSeconds(3);
  /** How long replicas may take to catch up with their leader after the commit. */
  static final Duration REPLICA_SYNC_TIMEOUT = Duration.ofMinutes(2);

  private final SolrNodes nodes;
  private final SolrAdmin admin;
  private final SolrReplicas replicas;
  private final String alias;
  private final Layout layout;
  private final Consumer<String> notes;

  /** Shards and replicas of a collection this index creates. */
  public record Layout(int shards, int replicas) {}

  /**
   * @param alias the name users give ({@code --collection}): an alias over the real collection
   * @param notes hears what was done to the cluster (collection created, alias moved), for the user
   */
  public SolrCorpusIndex(SolrCluster cluster, String alias, Layout layout, Consumer<String> notes) {
    this.nodes = cluster.nodes();
    this.admin = new SolrAdmin(nodes);
    this.replicas = new SolrReplicas(nodes);
    this.alias = alias;
    this.layout = layout;
    this.notes = notes;
  }

  @Override
  public ReindexReport reindex(Path corpus, boolean full, ReindexListener listener)
      throws IOException, ReindexFailedException {
    Instant start = Instant.now();
    CorpusScan scan = new CorpusScanner().scan(corpus);
    admin.uploadConfigSet(alias, ConfigSet.of(SynonymRules.load(corpus.resolve(CorpusScanner.SYNONYMS_FILE))));
    Optional<String> live = liveCollection();
    if (full && live.isPresent() && live.get().equals(alias)) {
      throw new IOException(alias + " is a collection, not an alias: --full needs an alias to move. "
          + "Reindex into a new name, or drop --full.");
    }
    boolean fresh = full || live.isEmpty();
    String target = fresh ? create() : live.get();
    if (!fresh) {
      admin.reload(target); // it reads the configset again: new synonyms apply
    }
    Map<String, FileStamp> indexed = fresh ? Map.of() : SolrDocuments.stamps(nodes, target);
    SolrReindexRun run = new SolrReindexRun(new BatchSender(nodes, target, 3, Duration.ofSeconds(1)), indexed, listener);
    try {
      run.indexAll(scan.files());
      run.deleteGone(scan.files());
    } catch (ReindexFailedException e) {
      if (fresh) {
        admin.delete(target); // a half-built collection serves nobody
      }
      throw e;
    }
    listener.committing();
    nodes.send(new UpdateRequest().setAction(UpdateRequest.ACTION.COMMIT, true, true), target);
    try {
      // Every replica serves the commit before searches may go to it (and before the alias moves).
      replicas.awaitInSync(target, REPLICA_SYNC_TIMEOUT);
    } catch (IOException e) {
      if (fresh) {
        admin.delete(target);
      }
      throw e;
    }
    if (fresh) {
      moveAlias(target, live);
    }
    List<Skipped> skipped = run.skipped(scan);
    return new ReindexReport(run.added(), run.updated(), run.deleted(), run.unchanged(), skipped,
        count(target), run.bytesRead(), Duration.between(start, Instant.now()));
  }

  private String create() throws IOException {
    String name = admin.createCollection(alias, layout.shards(), layout.replicas());
    notes.accept(String.format("Created collection %s (%d shards × %d replicas) for %s",
        name, layout.shards(), layout.replicas(), alias));
    return name;
  }

  private void moveAlias(String target, Optional<String> previous) throws IOException {
    admin.pointAlias(alias, target);
    notes.accept("Alias " + alias + " now points at " + target);
    if (previous.isPresent()) {
      sleep(ALIAS_GRACE);
      admin.delete(previous.get());
      notes.accept("Deleted the previous collection " + previous.get());
    }
  }

  /** The collection the alias points at, or the collection of that name, if any. */
  private Optional<String> liveCollection() throws IOException {
    Optional<String> pointed = admin.collectionOf(alias);
    return pointed.isPresent() || !admin.collectionExists(alias) ? pointed : Optional.of(alias);
  }

  @Override
  public int documentCount() throws IOException {
    Optional<String> live = liveCollection();
    return live.isEmpty() ? 0 : (int) count(live.get());
  }

  private int count(String collection) throws IOException {
    SolrQuery all = new SolrQuery("*:*").setRows(0);
    return (int) nodes.send(new QueryRequest(all), collection).getResults().getNumFound();
  }

  @Override
  public String location() {
    return "collection " + alias + " on " + String.join(",", nodes.urls());
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
