package fr.trouvaille.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** The embedded backend's write side: a {@link Reindexer} over an index folder. */
public final class LuceneCorpusIndex implements CorpusIndex {

  private final Path index;
  // Made on first use: a server may never reindex, and the analyzers a reindexer builds would
  // delay its start (their classes load on the thread that starts the web server).
  private Reindexer reindexer;

  public LuceneCorpusIndex(Path index, Reindexer reindexer) {
    this.index = index;
    this.reindexer = reindexer;
  }

  /** The index folder {@code index}, reindexed with our analysis and one thread per core. */
  public LuceneCorpusIndex(Path index) {
    this(index, null);
  }

  @Override
  public ReindexReport reindex(Path corpus, boolean full, ReindexListener listener)
      throws IOException, ReindexInProgressException {
    return reindexer().reindex(corpus, index, full, listener);
  }

  private synchronized Reindexer reindexer() {
    if (reindexer == null) {
      reindexer = new Reindexer();
    }
    return reindexer;
  }

  @Override
  public int documentCount() throws IOException {
    // From the commit's segment infos, without opening a reader: serve asks this before it opens
    // its own reader, and each open reads every segment's files.
    Optional<SegmentInfos> commit = lastCommit();
    if (commit.isEmpty()) {
      return 0;
    }
    int live = 0;
    for (SegmentCommitInfo segment : commit.get()) {
      live += segment.info.maxDoc() - segment.getDelCount() - segment.getSoftDelCount();
    }
    return live;
  }

  @Override
  public void requireCorpus(Path corpus) throws IOException {
    lastCommit().flatMap(commit -> Reindexer.builtFrom(commit.getUserData()))
        .filter(folder -> !folder.equals(Reindexer.folder(corpus)))
        .ifPresent(folder -> {
          throw new OtherCorpusException(index.toString(), folder, corpus);
        });
  }

  @Override
  public boolean olderFields() throws IOException {
    return lastCommit().filter(commit -> !Reindexer.currentFields(commit.getUserData())).isPresent();
  }

  // The segment infos of the index's last commit (segments, commit data); empty when there is none.
  private Optional<SegmentInfos> lastCommit() throws IOException {
    if (!Files.isDirectory(index)) {
      return Optional.empty();
    }
    try (Directory directory = FSDirectory.open(index)) {
      return DirectoryReader.indexExists(directory)
          ? Optional.of(SegmentInfos.readLatestCommit(directory)) : Optional.empty();
    }
  }

  @Override
  public String location() {
    return index.toString();
  }
}
