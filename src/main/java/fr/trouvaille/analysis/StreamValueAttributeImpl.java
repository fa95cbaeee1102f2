package fr.trouvaille.analysis;

import org.apache.lucene.util.AttributeImpl;

/**
 * An attribute whose value belongs to the whole stream, not to a token, read once the stream is
 * consumed (a count, a list of words). Lucene clears every attribute before each token and restores
 * earlier tokens' states over them (the word-delimiter graph and the flattening filter do): such a
 * value ignores both, and starts again only when its filter is reset.
 */
abstract class StreamValueAttributeImpl extends AttributeImpl {

  @Override
  public final void clear() {
    // Not a token's value: kept from one token to the next.
  }

  @Override
  public final void end() {
    // Read after the stream's end: kept.
  }

  @Override
  public final void copyTo(AttributeImpl target) {
    // A restored token state must not bring back an earlier value.
  }
}
