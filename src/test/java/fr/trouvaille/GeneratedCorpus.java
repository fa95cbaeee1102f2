package fr.trouvaille;

import java.nio.file.Path;
import java.util.Random;

/**
 * Many French-looking documents written into a test's temporary folder, from a fixed seed, so that
 * a reindex takes long enough to be interrupted. Every document contains {@link #COMMON_WORD}.
 */
public final class GeneratedCorpus {

  /** A word in every generated document: a search for it counts them all. */
  public static final String COMMON_WORD = "rapport";

  private static final String[] WORDS = (
      "gouvernement assemblée ministre président élection réforme budget loi décret article tribunal "
          + "juge procès enquête police frontière armée troupes retrait accord traité négociation sommet "
          + "crise économie inflation salaires grève syndicat manifestation rue place capitale région ville "
          + "village habitants citoyens électeurs opposition majorité parti député sénateur commission "
          + "rapport étude chiffres hausse baisse marché entreprise usine emploi chômage énergie gaz pétrole "
          + "électricité prix hiver été printemps automne semaine mois année histoire mémoire archives "
          + "journaliste rédaction article entretien témoignage source document preuve secret révélation "
          + "Kazakhstan Almaty Moscou Kiev Paris Bruxelles Europe Russie Ukraine Tokaïev Nazarbaïev État "
          + "l’occasion d’abord qu’il n’est c’était jusqu’à lorsqu’elle puisqu’on œuvre cœur sœur naïf")
      .split(" ");
  private static final String[] GLUE = "le la les un une des du de et à en pour dans sur avec par".split(" ");

  private GeneratedCorpus() {}

  /** Writes {@code count} documents of about {@code words} words each, under {@code corpus/gen/}. */
  public static void write(Path corpus, int count, int words, long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < count; i++) {
      Fixtures.write(corpus, String.format("gen/%03d/doc-%05d.txt", i / 500, i), document(random, i, words));
    }
  }

  private static String document(Random random, int n, int words) {
    StringBuilder text = new StringBuilder(words * 9)
        .append(String.format(" date %d-%02d%n title Document %d%n%n", 2010 + n % 12, 1 + n % 12, n))
        .append("Ce ").append(COMMON_WORD).append(" numéro ").append(n).append(' ');
    for (int w = 0; w < words; w++) {
      text.append(w % 3 == 0 ? GLUE[random.nextInt(GLUE.length)] : WORDS[random.nextInt(WORDS.length)]);
      text.append(w % 17 == 16 ? ". " : " ");
    }
    return text.append(".\n").toString();
  }
}
