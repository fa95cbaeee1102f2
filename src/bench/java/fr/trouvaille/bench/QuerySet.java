package fr.trouvaille.bench;

import java.util.List;

/**
 * The fixed French query set, the same for every corpus, over HTTP and on the reference. Words were
 * picked from document counts in the bench corpora, so each shape has hits in most of them.
 */
final class QuerySet {

  static final List<BenchQuery> STANDARD = List.of(
      new BenchQuery("one frequent word", "loi"),
      new BenchQuery("one frequent word", "droit"),
      new BenchQuery("one word", "tribunal"),
      new BenchQuery("one word", "navire"),
      new BenchQuery("one rare word", "bicyclette"),
      new BenchQuery("one rare word", "locomotive"),
      new BenchQuery("two words", "conseil municipal"),
      new BenchQuery("two words", "responsabilité civile"),
      new BenchQuery("two words", "jeune fille"),
      new BenchQuery("several words", "ministre chargé de la sécurité sociale"),
      new BenchQuery("phrase", "\"chemin de fer\""),
      new BenchQuery("phrase", "\"code civil\""),
      new BenchQuery("prefix", "pharmac*"),
      new BenchQuery("prefix", "constitu*"));

  private QuerySet() {}
}
