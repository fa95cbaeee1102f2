package fr.trouvaille.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Query analysis with the synonyms of a user-edited file, reloaded when the file changes, so an edit
 * takes effect in a running server within a second and without a reindex (synonyms apply at query
 * time only).
 */
public final class SynonymsFile implements QueryAnalysis {

  private static final Logger LOG = LoggerFactory.getLogger(SynonymsFile.class);

  private record Loaded(String stamp, Current analysis) {}

  private final Path file;
  private final AtomicReference<Loaded> current = new AtomicReference<>();

  private static final String ABSENT = "absent";

  /** Loads {@code file} now (a missing file means no synonyms). */
  public SynonymsFile(Path file) {
    this.file = file;
    reloadIfChanged();
  }

  @Override
  public Current current() {
    return current.get().analysis();
  }

  @Override
  public void reloadIfChanged() {
    String stamp = stamp();
    Loaded previous = current.get();
    if (previous != null && previous.stamp().equals(stamp)) {
      return;
    }
    SynonymRules rules;
    try {
      rules = SynonymRules.load(file);
    } catch (IOException e) {
      LOG.warn("Cannot read the synonyms in {}: {}; keeping the previous ones", file, e.toString());
      return;
    }
    rules.problems().forEach(p -> LOG.warn("{} {}", file, p));
    // No file is the common case of a folder without synonyms: nothing to say (a removed file is).
    if (!ABSENT.equals(stamp) || previous != null) {
      LOG.info("{} synonym rules loaded from {}", rules.count(), file);
    }
    current.set(new Loaded(stamp, new Current(rules.queryAnalyzer(), rules.phrases(), rules)));
    // The old analyzer is not closed: a search may still be using it, and it holds no file.
  }

  private String stamp() {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      return attributes.lastModifiedTime().toMillis() + ":" + attributes.size();
    } catch (IOException e) {
      return ABSENT;
    }
  }
}
