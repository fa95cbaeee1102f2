package fr.trouvaille.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The README and the pages of docs/ link to files and headings that exist, and the README stays short. */
class DocumentationLinksTest {

  // [text](target) and ![alt](target); code spans are removed first, fenced blocks skipped.
  private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+)$");

  @Test
  void every_relative_link_of_the_readme_and_docs_resolves_to_a_file_and_heading() throws IOException {
    List<String> broken = new ArrayList<>();
    for (Path page : pages()) {
      for (String target : links(page)) {
        if (target.matches("^[a-z]+:.*")) {
          continue; // http:, https:, mailto:
        }
        String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
        Path resolved = file.isEmpty() ? page : page.toAbsolutePath().getParent().resolve(file).normalize();
        if (!Files.exists(resolved)) {
          broken.add(page + ": " + target + " (no such file)");
        } else if (anchor != null && !anchors(resolved).contains(anchor)) {
          broken.add(page + ": " + target + " (no such heading)");
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void the_readme_fits_in_about_8_kb_and_links_each_reference_page() throws IOException {
    Path readme = Path.of("README.md");
    assertTrue(Files.size(readme) <= 8 * 1024, "README.md is " + Files.size(readme) + " bytes");
    List<String> links = links(readme);
    for (String page : List.of("api", "analysis", "ranking", "formats", "operations", "performance", "solrcloud")) {
      assertTrue(links.contains("docs/" + page + ".md"), "README links docs/" + page + ".md");
    }
  }

  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> docs = Files.list(Path.of("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    return pages;
  }

  private static List<String> links(Path page) throws IOException {
    List<String> links = new ArrayList<>();
    boolean fenced = false;
    for (String line : Files.readAllLines(page)) {
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      if (!fenced) {
        Matcher m = LINK.matcher(line.replaceAll("`[^`]*`", ""));
        while (m.find()) {
          links.add(m.group(1));
        }
      }
    }
    return links;
  }

  // GitHub's anchors: lower case, punctuation dropped, spaces to hyphens.
  private static Set<String> anchors(Path page) throws IOException {
    boolean[] fenced = {false};
    return Files.readAllLines(page).stream().filter(line -> {
      if (line.strip().startsWith("```")) {
        fenced[0] = !fenced[0];
      }
      return !fenced[0];
    }).map(HEADING::matcher).filter(Matcher::matches)
        .map(m -> m.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'))
        .collect(Collectors.toSet());
  }
}
