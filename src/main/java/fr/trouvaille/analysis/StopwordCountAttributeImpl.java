package fr.trouvaille.analysis;

import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/**
 * The count of {@link StopwordCountAttribute}. Lucene clears every attribute before each token and
 * restores earlier tokens' states over them (the word-delimiter graph does): a count over the stream
 * ignores both, and starts again only at {@link #restart()}.
 */
public final class StopwordCountAttributeImpl extends AttributeImpl implements StopwordCountAttribute {

  private int count;

  @Override
  public int count() {
    return count;
  }

  @Override
  public void add() {
    count++;
  }

  @Override
  public void restart() {
    count = 0;
  }

  @Override
  public void clear() {
    // Not a token's value: kept from one token to the next.
  }

  @Override
  public void end() {
    // Read after the stream's end: kept.
  }

  @Override
  public void copyTo(AttributeImpl target) {
    // A restored token state must not bring back an earlier count.
  }

  @Override
  public void reflectWith(AttributeReflector reflector) {
    reflector.reflect(StopwordCountAttribute.class, "count", count);
  }
}
