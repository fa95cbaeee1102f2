package fr.trouvaille.solr;

import fr.trouvaille.corpus.CorpusFile;
import fr.trouvaille.corpus.CorpusScan;
import fr.trouvaille.corpus.DocumentParser;
import fr.trouvaille.corpus.Skipped;
import fr.trouvaille.index.FileChange;
import fr.trouvaille.index.FileStamp;
import fr.trouvaille.index.ReindexFailedException;
import fr.trouvaille.index.ReindexListener;
import fr.trouvaille.index.Reindexer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One reindex of a collection: looks at each corpus file against the stamp Solr holds for it, and
 * queues what changed; then deletes the documents whose file is gone. The same decisions as the
 * embedded reindex: same size and time is unchanged without reading; same content hash is
 * unchanged (only the time is updated); a file that can no longer be indexed is deleted.
 */
final class SolrReindexRun {

  private final BatchSender sender;
  private final Map<String, FileStamp> indexed;
  private final ReindexListener listener;
  private final DocumentParser parser = new DocumentParser();
  private final List<String> added = new ArrayList<>();
  private final List<String> updated = new ArrayList<>();
  private final List<String> unchanged = new ArrayList<>();
  private final List<String> deleted = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();
  private long bytes;

  SolrReindexRun(BatchSender sender, Map<String, FileStamp> indexed, ReindexListener listener) {
    this.sender = sender;
    this.indexed = indexed;
    this.listener = listener;
  }

  void indexAll(List<CorpusFile> files) throws ReindexFailedException {
    listener.started(files.size());
    for (int i = 0; i < files.size(); i++) {
      try {
        look(files.get(i));
        if (i == files.size() - 1) {
          sender.flush();
        }
      } catch (BatchSender.BatchRefused e) {
        List<String> notSent = new ArrayList<>(e.ids); // the refused batch, then what was not looked at
        files.subList(i + 1, files.size()).forEach(f -> notSent.add(f.id()));
        throw new ReindexFailedException("Solr refused a batch, sent again in vain (" + e.getMessage() + ")", notSent, e);
      }
      listener.fileDone(files.get(i).id());
    }
  }

  void deleteGone(List<CorpusFile> files) throws ReindexFailedException {
    Set<String> present = new HashSet<>();
    files.forEach(f -> present.add(f.id()));
    indexed.keySet().stream().filter(id -> !present.contains(id)).sorted().forEach(deleted::add);
    try {
      sender.delete(deleted);
    } catch (BatchSender.BatchRefused e) {
      throw new ReindexFailedException("Solr refused to delete documents (" + e.getMessage() + ")", e.ids, e);
    }
  }

  private void look(CorpusFile file) throws BatchSender.BatchRefused {
    FileChange change = FileChange.of(file, indexed.get(file.id()), Reindexer.DEFAULT_MAX_FILE_BYTES, parser);
    if (change instanceof FileChange.Unchanged unchanged) {
      if (unchanged.touched()) {
        // Touched, not changed: keep the new time so the next run does not read the file again.
        sender.add(file.id(), SolrDocuments.touched(file.id(), unchanged.stamp().modifiedMillis()), 0);
      }
      this.unchanged.add(file.id());
    } else if (change instanceof FileChange.Changed changed) {
      bytes += changed.stamp().size();
      sender.add(file.id(), SolrDocuments.of(changed.document(), changed.stamp()), changed.document().text().length());
      (changed.isNew() ? added : updated).add(file.id());
    } else if (change instanceof FileChange.Skip skip) {
      skipped.add(new Skipped(file.id(), skip.reason(), skip.detail()));
      if (indexed.containsKey(file.id())) {
        deleted.add(file.id()); // no longer a document: its old version must not stay searchable
      }
    }
  }

  /** The files of the scan and of this run that were not indexed, by id. */
  List<Skipped> skipped(CorpusScan scan) {
    List<Skipped> all = new ArrayList<>(scan.skipped());
    all.addAll(skipped);
    all.sort(Comparator.comparing(Skipped::id));
    return all;
  }

  int added() {
    return added.size();
  }

  int updated() {
    return updated.size();
  }

  int unchanged() {
    return unchanged.size();
  }

  int deleted() {
    return deleted.size();
  }

  long bytesRead() {
    return bytes;
  }
}
