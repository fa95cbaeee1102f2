package fr.trouvaille.web;

import fr.trouvaille.search.SearchRequest;
import java.time.YearMonth;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Validates the query-string parameters of a search at the edge, with messages a person can act on.
 * Takes a parameter lookup rather than a Javalin context, so it is tested without a server.
 */
final class SearchParams {

  static final int MAX_QUERY_LENGTH = 1000;
  static final int MAX_SIZE = 100;
  static final int DEFAULT_SIZE = 10;
  /** A folder name, at most (file systems allow 255 bytes). */
  static final int MAX_FOLDER_LENGTH = 255;

  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private SearchParams() {}

  /** The search request for these parameters, or a {@link BadRequestException}. */
  static SearchRequest parse(Function<String, String> param) {
    String query = query(param.apply("q"), true);
    int page = positive(param.apply("page"), "page", 1, Integer.MAX_VALUE);
    int size = positive(param.apply("size"), "size", DEFAULT_SIZE, MAX_SIZE);
    YearMonth from = month(param.apply("from"), "La date de début", false);
    YearMonth to = month(param.apply("to"), "La date de fin", true);
    if (from != null && to != null && from.isAfter(to)) {
      throw new BadRequestException("La date de début (" + from + ") est après la date de fin (" + to + ").");
    }
    return new SearchRequest(query, page, size, from, to, folder(param.apply("folder")),
        flag(param.apply("explain"), "explain", true));
  }

  /** {@code true} or {@code false}, {@code fallback} when not given. */
  private static boolean flag(String raw, String name, boolean fallback) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    return switch (raw.strip()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new BadRequestException(
          "Le paramètre " + name + " doit être true ou false (reçu : « " + clip(raw) + " »).");
    };
  }

  /** The {@code q} parameter checked for length; blank is an error only when required. */
  static String query(String raw, boolean required) {
    if (raw == null || raw.isBlank()) {
      if (required) {
        throw new BadRequestException("Le paramètre q (les mots à chercher) est obligatoire.");
      }
      return null;
    }
    if (raw.length() > MAX_QUERY_LENGTH) {
      throw new BadRequestException(
          "La requête est trop longue (" + raw.length() + " caractères, " + MAX_QUERY_LENGTH + " au plus).");
    }
    return raw.strip();
  }

  private static int positive(String raw, String name, int fallback, int max) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    int value;
    try {
      value = Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      value = 0;
    }
    if (value < 1 || value > max) {
      String range = max == Integer.MAX_VALUE ? "un nombre entier positif" : "un nombre entier de 1 à " + max;
      throw new BadRequestException("Le paramètre " + name + " doit être " + range + " (reçu : « " + clip(raw) + " »).");
    }
    return value;
  }

  /** A top-level folder of the corpus: one name, no slash. */
  private static String folder(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String value = raw.strip();
    if (value.length() > MAX_FOLDER_LENGTH || value.contains("/") || value.contains("\\")) {
      throw new BadRequestException(
          "Le paramètre folder doit être le nom d'un dossier du premier niveau, sans « / » (reçu : « " + clip(raw) + " »).");
    }
    return value;
  }

  /**
   * A month ({@code 2022-01}) or a year ({@code 2016}: from its January, or to its December when
   * {@code end}); {@code what} names the date in the message, as the page shows it.
   */
  private static YearMonth month(String raw, String what, boolean end) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String value = raw.strip();
    if (YEAR.matcher(value).matches()) {
      return YearMonth.of(Integer.parseInt(value), end ? 12 : 1);
    }
    if (MONTH.matcher(value).matches()) {
      int month = Integer.parseInt(value.substring(5));
      if (month >= 1 && month <= 12) {
        return YearMonth.parse(value);
      }
    }
    throw new BadRequestException(what + " doit être une année ou un mois, par exemple 2016 ou 2022-01 (reçu : « "
        + clip(raw) + " »).");
  }

  // Echo at most a little of what was sent: the message must stay readable whatever the input.
  private static String clip(String raw) {
    return raw.length() <= 40 ? raw : raw.substring(0, 40) + "…";
  }
}
