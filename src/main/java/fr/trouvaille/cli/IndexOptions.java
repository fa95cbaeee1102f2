package fr.trouvaille.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The folders every command works on. */
final class IndexOptions {
  @Option(names = "--corpus", defaultValue = "corpus", paramLabel = "DIR",
      description = "Folder of documents (.txt, .md, any depth). Default: ${DEFAULT-VALUE}.")
  Path corpus;

  @Option(names = "--index", defaultValue = "index", paramLabel = "DIR",
      description = "Folder of the Lucene index, created if missing. Default: ${DEFAULT-VALUE}.")
  Path index;
}
