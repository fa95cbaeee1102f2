package fr.trouvaille.corpus;

/** What became of one file: a document, or a reason to skip it. */
public sealed interface ParseResult {

  /** The file is a document. */
  record Parsed(SourceDocument document) implements ParseResult {}

  /** The file is not indexed. */
  record Rejected(SkipReason reason, String detail) implements ParseResult {}
}
