package fr.trouvaille.index;

import fr.trouvaille.corpus.CorpusFile;
import fr.trouvaille.corpus.DocumentParser;
import fr.trouvaille.corpus.ParseResult;
import fr.trouvaille.corpus.SkipReason;
import fr.trouvaille.corpus.SourceDocument;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;

/**
 * What an incremental reindex must do about one corpus file, given the stamp the index holds for it:
 * the decisions of the embedded reindex, as a value a backend acts on (the SolrCloud indexer uses it).
 */
public sealed interface FileChange {

  /** Same size and time, or same content: nothing to write (except the time, when {@code touched}). */
  record Unchanged(FileStamp stamp, boolean touched) implements FileChange {}

  /** A document to write: new when there was no stamp, else changed. */
  record Changed(SourceDocument document, FileStamp stamp, boolean isNew) implements FileChange {}

  /** Not a document (any more): skipped with the reason; its old version, if any, must go. */
  record Skip(SkipReason reason, String detail) implements FileChange {}

  /**
   * Looks at {@code file}: its stamp first, then (only if needed) its bytes and its content hash.
   *
   * @param previous the stamp the index holds, or null
   */
  static FileChange of(CorpusFile file, FileStamp previous, long maxFileBytes, DocumentParser parser) {
    if (previous != null && previous.sameSizeAndTime(file.size(), file.modifiedMillis())) {
      return new Unchanged(previous, false);
    }
    if (file.size() > maxFileBytes) {
      return new Skip(SkipReason.TOO_LARGE, file.size() + " bytes, limit " + maxFileBytes);
    }
    byte[] content;
    try {
      content = Files.readAllBytes(file.path());
    } catch (NoSuchFileException e) {
      return new Skip(SkipReason.UNREADABLE, "disappeared during the reindex");
    } catch (java.io.IOException e) {
      return new Skip(SkipReason.UNREADABLE, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    FileStamp stamp = new FileStamp(content.length, file.modifiedMillis(), Hashes.sha256(content));
    if (previous != null && previous.hash().equals(stamp.hash())) {
      return new Unchanged(stamp, true);
    }
    ParseResult parsed = parser.parse(file.id(), content);
    return parsed instanceof ParseResult.Parsed document
        ? new Changed(document.document(), stamp, previous == null)
        : new Skip(((ParseResult.Rejected) parsed).reason(), ((ParseResult.Rejected) parsed).detail());
  }
}
