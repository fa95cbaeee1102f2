package fr.trouvaille.corpus;

import java.nio.file.Path;

/**
 * A candidate document file found in the corpus folder, with what the incremental reindex compares.
 *
 * @param id path relative to the corpus folder, {@code /}-separated
 * @param path where to read it
 * @param size length in bytes
 * @param modifiedMillis last modification time
 */
public record CorpusFile(String id, Path path, long size, long modifiedMillis) {}
