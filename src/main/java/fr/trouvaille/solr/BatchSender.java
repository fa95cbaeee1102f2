package fr.trouvaille.solr;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;

/**
 * Sends documents to a collection in batches. A batch a node refuses is sent again (to the next
 * node) after a pause; refused again, it fails with the ids of its documents, and nothing after it
 * is sent.
 */
final class BatchSender {

  /** A batch is sent when it holds this many documents... */
  static final int MAX_DOCUMENTS = 500;
  /** ... or this many characters of text. */
  static final long MAX_CHARS = 8L << 20;

  /** A batch that could not be sent, even after a retry. */
  static final class BatchRefused extends Exception {
    final List<String> ids;

    BatchRefused(List<String> ids, Exception cause) {
      super(cause.getMessage(), cause);
      this.ids = List.copyOf(ids);
    }
  }

  private final SolrNodes nodes;
  private final String collection;
  private final int attempts;
  private final Duration pause;
  private final List<SolrInputDocument> batch = new ArrayList<>();
  private final List<String> ids = new ArrayList<>();
  private long chars;

  BatchSender(SolrNodes nodes, String collection, int attempts, Duration pause) {
    this.nodes = nodes;
    this.collection = collection;
    this.attempts = Math.max(1, attempts);
    this.pause = pause;
  }

  /** Queues {@code doc}; sends the batch when it is full. */
  void add(String id, SolrInputDocument doc, long textChars) throws BatchRefused {
    batch.add(doc);
    ids.add(id);
    chars += textChars;
    if (batch.size() >= MAX_DOCUMENTS || chars >= MAX_CHARS) {
      flush();
    }
  }

  /** Sends what is queued. */
  void flush() throws BatchRefused {
    if (batch.isEmpty()) {
      return;
    }
    UpdateRequest request = new UpdateRequest();
    request.add(batch);
    send(request, ids);
    batch.clear();
    ids.clear();
    chars = 0;
  }

  /** Deletes the documents with these ids, in batches. */
  void delete(List<String> deleted) throws BatchRefused {
    for (int from = 0; from < deleted.size(); from += MAX_DOCUMENTS) {
      List<String> some = deleted.subList(from, Math.min(deleted.size(), from + MAX_DOCUMENTS));
      send(new UpdateRequest().deleteById(new ArrayList<>(some)), some);
    }
  }

  private void send(UpdateRequest request, List<String> batchIds) throws BatchRefused {
    Exception last = null;
    for (int attempt = 1; attempt <= attempts; attempt++) {
      try {
        nodes.send(request, collection);
        return;
      } catch (IOException | SolrException e) {
        last = e;
        if (attempt < attempts) {
          sleep(pause.multipliedBy(attempt));
        }
      }
    }
    throw new BatchRefused(batchIds, last);
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
