package fr.trouvaille.cli;

import fr.trouvaille.analysis.QueryAnalysis;
import fr.trouvaille.index.CorpusIndex;
import fr.trouvaille.index.ReindexJobs;
import fr.trouvaille.search.SearchEngine;
import fr.trouvaille.solr.SolrCluster;
import fr.trouvaille.solr.SolrCorpusIndex;
import fr.trouvaille.solr.SolrSearchEngine;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** The SolrCloud backend: a collection alias on a cluster reached through the nodes named. */
final class SolrBackend implements Backend {

  private final SolrCluster cluster;
  private final String collection;
  private final SolrCorpusIndex corpusIndex;

  SolrBackend(List<String> urls, String collection, SolrCorpusIndex.Layout layout, PrintWriter out) {
    this.cluster = new SolrCluster(urls);
    this.collection = collection;
    this.corpusIndex = new SolrCorpusIndex(cluster, collection, layout, note -> {
      out.println(note);
      out.flush();
    });
  }

  @Override
  public CorpusIndex corpusIndex() {
    return corpusIndex;
  }

  @Override
  public SearchEngine openSearchEngine(QueryAnalysis queryAnalysis) {
    return new SolrSearchEngine(cluster, collection, queryAnalysis);
  }

  // Reindex over HTTP runs the embedded reindex in the server; on Solr, run reindex --solr.
  @Override
  public ReindexJobs reindexJobs(Path corpus) {
    return null;
  }

  @Override
  public void close() throws IOException {
    cluster.close();
  }
}
