package fr.trouvaille.solr;

import fr.trouvaille.corpus.CorpusFile;
import fr.trouvaille.corpus.CorpusScan;
import fr.trouvaille.corpus.DocumentParser;
import fr.trouvaille.corpus.ParseResult;
import fr.trouvaille.corpus.SkipReason;
import fr.trouvaille.corpus.Skipped;
import fr.trouvaille.index.FileStamp;
import fr.trouvaille.index.Hashes;
import fr.trouvaille.index.ReindexFailedException;
import fr.trouvaille.index.ReindexListener;
import fr.trouvaille.index.Reindexer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
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
    FileStamp previous = indexed.get(file.id());
    if (previous != null && previous.sameSizeAndTime(file.size(), file.modifiedMillis())) {
      unchanged.add(file.id());
    } else if (file.size() > Reindexer.DEFAULT_MAX_FILE_BYTES) {
      skip(file, SkipReason.TOO_LARGE, file.size() + " bytes, limit " + Reindexer.DEFAULT_MAX_FILE_BYTES);
    } else {
      byte[] content = read(file);
      if (content != null) {
        index(file, previous, content);
      }
    }
  }

  private byte[] read(CorpusFile file) throws BatchSender.BatchRefused {
    try {
      byte[] content = Files.readAllBytes(file.path());
      bytes += content.length;
      return content;
    } catch (NoSuchFileException e) {
      skip(file, SkipReason.UNREADABLE, "disappeared during the reindex");
    } catch (IOException e) {
      skip(file, SkipReason.UNREADABLE, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    return null;
  }

  private void index(CorpusFile file, FileStamp previous, byte[] content) throws BatchSender.BatchRefused {
    FileStamp stamp = new FileStamp(content.length, file.modifiedMillis(), Hashes.sha256(content));
    if (previous != null && previous.hash().equals(stamp.hash())) {
      sender.add(file.id(), SolrDocuments.touched(file.id(), stamp.modifiedMillis()), 0);
      unchanged.add(file.id());
      return;
    }
    ParseResult result = parser.parse(file.id(), content);
    if (result instanceof ParseResult.Rejected rejected) {
      skip(file, rejected.reason(), rejected.detail());
    } else if (result instanceof ParseResult.Parsed parsed) {
      sender.add(file.id(), SolrDocuments.of(parsed.document(), stamp), parsed.document().text().length());
      (previous == null ? added : updated).add(file.id());
    }
  }

  private void skip(CorpusFile file, SkipReason reason, String detail) {
    skipped.add(new Skipped(file.id(), reason, detail));
    if (indexed.containsKey(file.id())) {
      deleted.add(file.id()); // no longer a document: its old version must not stay searchable
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
