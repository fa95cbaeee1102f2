package fr.trouvaille.search;

import fr.trouvaille.index.IndexFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * "Did you mean": replaces each word of a query that the index does not know (in any inflection,
 * accent or synonym) by the closest word the corpus does contain, as written there ({@link CloseWords}).
 */
final class Spelling {

  private final Analyzer words;
  private final CloseWords closeWords = new CloseWords();

  Spelling(Analyzer words) {
    this.words = words;
  }

  /** The corrected query, or null when every word is known or none has a close match. */
  String didYouMean(String query, Analyzer queryAnalyzer, IndexReader reader) throws IOException {
    StringBuilder corrected = new StringBuilder();
    int copied = 0;
    String text = QueryFactory.normalize(query);
    try (TokenStream stream = words.tokenStream(IndexFields.WORDS, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        String word = term.toString();
        if (word.length() < SearchRules.MIN_CORRECTED_LENGTH || isPrefix(text, offset.endOffset()) || known(word, queryAnalyzer, reader)) {
          continue;
        }
        String close = closeWords.closest(reader, word);
        if (close != null) {
          corrected.append(text, copied, offset.startOffset()).append(close);
          copied = offset.endOffset();
        }
      }
      stream.end();
    }
    return copied == 0 ? null : corrected.append(text.substring(copied)).toString();
  }

  private static boolean isPrefix(String text, int end) {
    return end < text.length() && text.charAt(end) == '*';
  }

  // Known when any form the query analysis makes of it (stem, folding, synonyms) is in the index.
  private static boolean known(String word, Analyzer queryAnalyzer, IndexReader reader) {
    try {
      for (String term : QueryFactory.terms(word, queryAnalyzer)) {
        if (reader.docFreq(new Term(IndexFields.TEXT, term)) > 0) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
