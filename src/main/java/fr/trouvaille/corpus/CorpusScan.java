package fr.trouvaille.corpus;

import java.util.List;

/** What a walk of the corpus folder found: candidate documents, sorted by id, and files left out. */
public record CorpusScan(List<CorpusFile> files, List<Skipped> skipped) {
  public CorpusScan {
    files = List.copyOf(files);
    skipped = List.copyOf(skipped);
  }
}
