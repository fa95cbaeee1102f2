package fr.trouvaille.bench;

import java.nio.file.Path;

/**
 * A corpus of the benchmark.
 *
 * @param name how the command line and the report call it
 * @param folder the corpus folder
 * @param deepWord a word found only deep inside one long document, whose snippet proves that
 *     highlighting reaches it; null for corpora without one
 */
public record BenchCorpus(String name, Path folder, String deepWord) {}
