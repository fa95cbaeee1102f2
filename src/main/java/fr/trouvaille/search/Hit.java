package fr.trouvaille.search;

import java.util.List;

/**
 * One matching document.
 *
 * @param date {@code YYYY-MM}, or null
 * @param snippet HTML: the text escaped, matches in {@code <mark>}
 * @param matches for each word of the query, the forms found in this document and the rule that
 *     joined them, or that it is absent ({@link WordMatch})
 */
public record Hit(String id, String title, String date, float score, String snippet, List<WordMatch> matches) {

  public Hit {
    matches = List.copyOf(matches);
  }

  /** A hit not explained. */
  public Hit(String id, String title, String date, float score, String snippet) {
    this(id, title, date, score, snippet, List.of());
  }
}
