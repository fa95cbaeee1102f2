package fr.trouvaille.search;

import fr.trouvaille.analysis.WordForms;
import fr.trouvaille.index.IndexFields;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/**
 * Completes the word being typed from the words of the corpus as written, folded as search folds
 * ({@code Mel} completes to {@code Mélenchon}, {@code decheance} to {@code déchéance}), unstemmed (so
 * {@code frigori} completes to {@code frigorifique}): of each word the form the most documents use,
 * the words the most documents hold first ({@link WordForms}).
 */
final class Completions {

  /** Words looked at for one prefix at most: a one-letter prefix must stay as fast as a long one. */
  static final int MAX_SCANNED = 20_000;

  List<String> complete(IndexReader reader, String prefix, int max) throws IOException {
    String start = WordForms.folded(prefix);
    return start.isEmpty() ? List.of() : WordForms.best(keys(reader, start), max);
  }

  /** The keys of the {@code forms} field beginning with {@code start}, with their document counts. */
  private static List<WordForms.Counted> keys(IndexReader reader, String start) throws IOException {
    Terms terms = MultiTerms.getTerms(reader, IndexFields.FORMS);
    if (terms == null) {
      return List.of();
    }
    BytesRef wanted = new BytesRef(start);
    TermsEnum keys = terms.iterator();
    if (keys.seekCeil(wanted) == TermsEnum.SeekStatus.END) {
      return List.of();
    }
    List<WordForms.Counted> candidates = new ArrayList<>();
    int scanned = 0;
    for (BytesRef key = keys.term(); key != null && StringHelper.startsWith(key, wanted) && scanned < MAX_SCANNED;
        key = keys.next(), scanned++) {
      candidates.add(new WordForms.Counted(key.utf8ToString(), keys.docFreq()));
    }
    return candidates;
  }
}
