package fr.trouvaille.analysis;

import org.apache.lucene.util.AttributeReflector;

/** The count of {@link StopwordCountAttribute}: a value of the whole stream, started again at {@link #restart()}. */
public final class StopwordCountAttributeImpl extends StreamValueAttributeImpl implements StopwordCountAttribute {

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
  public void reflectWith(AttributeReflector reflector) {
    reflector.reflect(StopwordCountAttribute.class, "count", count);
  }
}
