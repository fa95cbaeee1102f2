package fr.trouvaille.browser;

import fr.trouvaille.Fixtures;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * The documents the browser tests search: short French articles over five months, a word
 * ({@value #PAGED_WORD}) found in more than one page of them, and one whose text is markup.
 */
final class BrowserCorpus {

  /** One corpus file: its id (path), its month and its body. */
  record Doc(String id, String month, String title, String body) {
    String content() {
      return " date " + month + "\n title " + title + "\n\n" + body;
    }

    boolean contains(String word) {
      return (title + " " + body).toLowerCase(Locale.FRENCH).contains(word.toLowerCase(Locale.FRENCH));
    }
  }

  /** A word in more documents than a page of results holds. */
  static final String PAGED_WORD = "frontière";
  /** The article with several matches of {@value #READER_WORD}, read in the reading-view tests. */
  static final String READER_ID = "kazakhstan/2022-01-retrait des troupes.txt";
  static final String READER_WORD = "troupes";
  /** The document whose text holds a script and an image with an onerror handler. */
  static final String XSS_ID = "notes/balisage.md";
  static final String XSS_WORD = "balisage";

  static final List<Doc> DOCS = List.of(
      new Doc(READER_ID, "2022-01", "Les troupes de l’OTSC quittent le Kazakhstan",
          "Le retrait des troupes de l’Organisation du traité de sécurité collective a commencé le 13 janvier. "
              + "Tokaïev l’a annoncé devant le Majilis.\n\n"
              + "Les troupes russes, les plus nombreuses, partent en premier par avion depuis Almaty. "
              + "Les contingents arménien, biélorusse, kirghiz et tadjik suivent.\n\n"
              + "À la frontière, les postes de contrôle rouvrent peu à peu. Les observateurs notent que les troupes "
              + "sont restées moins de deux semaines, plus vite que ne le craignaient les capitales occidentales.\n\n"
              + "Pour Moscou, l’opération est un succès : elle montre que des troupes peuvent être projetées en "
              + "quelques jours en Asie centrale."),
      new Doc("kazakhstan/2022-01-emeutes-almaty.txt", "2022-01", "Émeutes à Almaty",
          "La hausse du prix du gaz a déclenché des manifestations dans l’ouest du pays, puis des émeutes à Almaty. "
              + "Le président Tokaïev a demandé l’aide de l’OTSC. La frontière avec le Kirghizstan a été fermée."),
      new Doc("kazakhstan/2022-02-bilan.txt", "2022-02", "Le bilan des événements de janvier",
          "Le parquet kazakh publie un bilan de 225 morts. Les familles demandent une enquête indépendante. "
              + "Des centaines de personnes ont été arrêtées près de la frontière ouzbèke."),
      new Doc("ukraine/2021-11-troupes-frontiere.txt", "2021-11", "Des troupes russes massées à la frontière",
          "Les images satellite montrent des troupes et des blindés à la frontière ukrainienne. "
              + "Kiev s’inquiète ; Moscou parle de simples exercices."),
      new Doc("ukraine/2021-12-exigences-otan.txt", "2021-12", "Moscou présente ses exigences à l’OTAN",
          "La Russie demande que l’Alliance renonce à tout élargissement vers l’est et retire ses forces "
              + "proches de la frontière russe. Washington juge ces demandes inacceptables."),
      new Doc("ukraine/2022-01-négociations-genève.txt", "2022-01", "Négociations à Genève",
          "Diplomates russes et américains se retrouvent à Genève. Aucun accord sur la frontière ni sur "
              + "les missiles, mais les deux parties acceptent de continuer à parler."),
      new Doc("ukraine/2022-02-reconnaissance.txt", "2022-02", "Moscou reconnaît les républiques séparatistes",
          "Le Kremlin reconnaît l’indépendance des républiques du Donbass et y envoie des troupes. "
              + "La ligne de front devient de fait une frontière."),
      new Doc("bielorussie/2021-11-migrants.txt", "2021-11", "Crise des migrants à la frontière polonaise",
          "Des milliers de migrants campent dans le froid à la frontière entre la Biélorussie et la Pologne. "
              + "Varsovie accuse Minsk d’orchestrer la crise."),
      new Doc("bielorussie/2022-01-manoeuvres.txt", "2022-01", "Manœuvres russes en Biélorussie",
          "Minsk accueille des manœuvres communes avec l’armée russe, près de la frontière ukrainienne. "
              + "Les troupes doivent rentrer en Russie à la fin des exercices."),
      new Doc("asie-centrale/2021-12-kirghiz-tadjik.txt", "2021-12", "Tension à la frontière kirghizo-tadjike",
          "Les incidents se multiplient dans la vallée de Ferghana, où le tracé de la frontière reste contesté "
              + "sur près d’un tiers de sa longueur."),
      new Doc("asie-centrale/2022-03-turkmenistan.txt", "2022-03", "Succession au Turkménistan",
          "Serdar Berdimoukhamedov succède à son père. La frontière afghane reste la principale préoccupation "
              + "sécuritaire d’Achgabat."),
      new Doc("armenie/2021-11-karabakh.txt", "2021-11", "Un an après la guerre du Karabakh",
          "Erevan et Bakou n’ont toujours pas délimité leur frontière. Les soldats russes de maintien de la paix "
              + "restent déployés dans le corridor de Latchine."),
      new Doc("armenie/2022-03-erevan.txt", "2022-03", "Erevan cherche des garanties",
          "Le gouvernement arménien interroge l’utilité de l’alliance avec Moscou, qui n’a pas défendu "
              + "sa frontière lors des incursions de 2021."),
      new Doc(XSS_ID, "2022-02", "Notes sur le balisage",
          "Un article de blog citait du code tel quel, sans l’échapper : <script>window.__xss=1</script> puis "
              + "<img src=x onerror=\"window.__xss=2\"> et enfin <b>gras</b>. Ce balisage doit rester du texte."));

  /** A word in documents spread over more months than the date facet lists one by one. */
  static final String MONTHLY_WORD = "chronique";

  /** The monthly chronicles: fourteen months, so the facet groups them by year. */
  static final List<Doc> CHRONICLES = IntStream.range(0, 14)
      .mapToObj(i -> YearMonth.of(2020, 1).plusMonths(i))
      .map(month -> new Doc("chroniques/" + month + ".md", month.toString(), "Chronique du mois " + month,
          "La chronique mensuelle de la rédaction revient sur les faits marquants du mois écoulé."))
      .toList();

  private BrowserCorpus() {}

  /** The articles and the chronicles. */
  static List<Doc> all() {
    return Stream.concat(DOCS.stream(), CHRONICLES.stream()).toList();
  }

  /** Writes every document into {@code corpus}. */
  static void write(Path corpus) {
    for (Doc doc : all()) {
      Fixtures.write(corpus, doc.id(), doc.content());
    }
  }

  /** The documents whose title or text contains {@code word} as written (a lower bound of the hits). */
  static List<Doc> containing(String word) {
    return all().stream().filter(d -> d.contains(word)).toList();
  }

  static Doc byId(String id) {
    return all().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
  }
}
