package fr.trouvaille.cli;

import fr.trouvaille.analysis.SynonymRules;
import fr.trouvaille.corpus.CorpusScanner;
import fr.trouvaille.index.Reindexer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reindex}: brings the index in line with the corpus folder. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = {
        "Brings the index in line with the corpus folder: adds new files, updates changed ones,",
        "deletes removed ones, in one commit. A running server sees the result within seconds."})
final class ReindexCommand implements Callable<Integer> {

  @Mixin IndexOptions folders;

  @Option(names = "--full", description = "Rebuild the whole index instead of comparing with what is indexed.")
  boolean full;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Reindexing.run(new Reindexer(), folders.corpus, folders.index, full, out);
    // Synonyms apply at query time: a running server reloads them by itself; say here what it will find.
    Path synonyms = folders.corpus.resolve(CorpusScanner.SYNONYMS_FILE);
    SynonymRules rules = SynonymRules.load(synonyms);
    out.printf("%d synonym rules in %s%n", rules.count(), synonyms);
    rules.problems().forEach(problem -> out.println("  " + problem));
    out.flush();
    return 0;
  }
}
