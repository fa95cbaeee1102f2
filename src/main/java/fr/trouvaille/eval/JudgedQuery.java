package fr.trouvaille.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A query and the ids of the documents that answer it.
 *
 * @param text the query as a person would type it
 * @param relevant ids of the documents that answer it (paths relative to the corpus folder)
 */
public record JudgedQuery(String text, Set<String> relevant) {

  public JudgedQuery {
    relevant = Set.copyOf(new LinkedHashSet<>(relevant));
    if (text.isBlank() || relevant.isEmpty()) {
      throw new IllegalArgumentException("a judged query needs words and at least one document");
    }
  }

  /**
   * Reads a {@code queries.tsv}: one query a line, a tab, the ids of the documents that answer it,
   * tab-separated; lines starting with {@code #} and blank lines are skipped.
   *
   * @throws IllegalArgumentException naming the line of a query without any id
   */
  public static List<JudgedQuery> read(Path file) throws IOException {
    List<JudgedQuery> queries = new ArrayList<>();
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      List<String> ids = Arrays.stream(cells).skip(1).map(String::strip).filter(id -> !id.isEmpty()).toList();
      if (cells[0].isBlank() || ids.isEmpty()) {
        throw new IllegalArgumentException(file + ", line " + (i + 1) + ": expected a query, a tab and document ids");
      }
      queries.add(new JudgedQuery(cells[0].strip(), new LinkedHashSet<>(ids)));
    }
    return queries;
  }
}
