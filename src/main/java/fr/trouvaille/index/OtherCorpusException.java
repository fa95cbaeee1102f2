package fr.trouvaille.index;

import java.nio.file.Path;

/**
 * The index was built from another corpus folder: an incremental reindex would delete every document
 * of that folder, so nothing is done unless a full rebuild is asked for.
 */
public final class OtherCorpusException extends RuntimeException {
  public OtherCorpusException(String index, String builtFrom, Path corpus) {
    super("The index in " + index + " was built from " + builtFrom + ", not from " + Reindexer.folder(corpus)
        + "; nothing was changed. Give --corpus " + builtFrom + ", or run reindex --full to rebuild it from "
        + corpus + ".");
  }
}
