package fr.trouvaille.cli;

import fr.trouvaille.analysis.SynonymRules;
import fr.trouvaille.corpus.CorpusScanner;
import fr.trouvaille.solr.SolrCorpusIndex;
import java.io.PrintWriter;
import java.nio.file.Files;
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

  /** A collection created without --shards and --replicas: the smallest, as Solr's own default. */
  static final SolrCorpusIndex.Layout DEFAULT_LAYOUT = new SolrCorpusIndex.Layout(1, 1);

  @Option(names = "--full", description = {
      "Rebuild the whole index instead of comparing with what is indexed. With --solr: into a new",
      "collection, then the alias moves to it in one step and the old one is deleted."})
  boolean full;

  @Mixin SolrOptions solr;

  @Option(names = "--shards", defaultValue = "1", paramLabel = "N",
      description = "With --solr: shards of a collection this reindex creates. Default: ${DEFAULT-VALUE}.")
  int shards;

  @Option(names = "--replicas", defaultValue = "1", paramLabel = "N",
      description = "With --solr: replicas of each shard of a collection this reindex creates. Default: ${DEFAULT-VALUE}.")
  int replicas;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    try (Backend backend = backend(out)) {
      Reindexing.run(backend.corpusIndex(), folders.corpus, full, out);
    }
    // Synonyms apply at query time: a running server reloads them by itself; say here what it will find.
    Path synonyms = folders.corpus.resolve(CorpusScanner.SYNONYMS_FILE);
    if (Files.exists(synonyms)) { // no file, no synonyms: nothing to say
      SynonymRules rules = SynonymRules.load(synonyms);
      out.printf("%d synonym rules in %s%n", rules.count(), synonyms);
      rules.problems().forEach(problem -> out.println("  " + problem));
    }
    out.flush();
    return 0;
  }

  private Backend backend(PrintWriter out) {
    if (!solr.enabled()) {
      return new EmbeddedBackend(folders.index);
    }
    if (shards < 1 || replicas < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--shards and --replicas must be at least 1");
    }
    return new SolrBackend(solr.solr, solr.collection, new SolrCorpusIndex.Layout(shards, replicas), out);
  }
}
