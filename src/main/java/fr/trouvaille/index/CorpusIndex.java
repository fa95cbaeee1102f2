package fr.trouvaille.index;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The write side of a search backend: brings what is indexed in line with a corpus folder, and says
 * how much it holds. The embedded Lucene index and a SolrCloud collection both implement it, so the
 * command line never knows which one it drives.
 */
public interface CorpusIndex {

  /**
   * Adds new files, updates changed ones, deletes the ones that are gone, and makes the result
   * visible at once.
   *
   * @param full rebuild from nothing instead of comparing with what is indexed
   * @throws ReindexInProgressException another reindex holds the index
   * @throws ReindexFailedException documents could not be sent; the message names them
   */
  ReindexReport reindex(Path corpus, boolean full, ReindexListener listener)
      throws IOException, ReindexInProgressException, ReindexFailedException;

  /** How many documents are indexed now; 0 when nothing was ever indexed. */
  int documentCount() throws IOException;

  /**
   * Refuses a corpus folder other than the one the index was built from: serving it would show the
   * other folder's documents, and its first reindex would delete them.
   *
   * @throws OtherCorpusException naming both folders
   */
  default void requireCorpus(Path corpus) throws IOException {}

  /**
   * Whether the index was written by an older version whose fields this one no longer searches the
   * same way (a quoted phrase's stopwords, say): its next reindex indexes every file again, and until
   * then it would answer wrongly rather than not at all.
   */
  default boolean olderFields() throws IOException {
    return false;
  }

  /** Where the documents go, for messages: a folder, or a collection and its nodes. */
  String location();
}
