package fr.trouvaille.index;

import fr.trouvaille.analysis.StopwordCountAttribute;
import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.util.AttributeSource;
import org.apache.lucene.util.SmallFloat;

/**
 * The index's norms (the lengths BM25 divides by), a field's stopwords left out where its analysis
 * counted them ({@link StopwordCountAttribute}): the text keeps its stopwords for phrases, and its
 * length stays what it was when a stop filter removed them (counted in, the lengths moved the judged
 * sets' figures). Written at index time only; searches decode the norms with any BM25.
 */
final class TextNorms extends BM25Similarity {

  @Override
  public long computeNorm(FieldInvertState state) {
    AttributeSource attributes = state.getAttributeSource();
    if (attributes == null || !attributes.hasAttribute(StopwordCountAttribute.class)) {
      return super.computeNorm(state);
    }
    int stopwords = attributes.getAttribute(StopwordCountAttribute.class).count();
    // At least 1: Lucene refuses a norm of 0 for a field that holds tokens (here, only stopwords).
    return SmallFloat.intToByte4(Math.max(1, state.getLength() - state.getNumOverlap() - stopwords));
  }
}
