package fr.trouvaille.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.AttributeImpl;
import org.apache.lucene.util.AttributeReflector;

/**
 * The keys of {@link FormKeysAttribute}. As {@link StopwordCountAttributeImpl}'s count, they ignore
 * the clearing before each token and the restoring of earlier tokens' states, and start again only
 * at {@link #restart()}.
 */
public final class FormKeysAttributeImpl extends AttributeImpl implements FormKeysAttribute {

  private final List<String> keys = new ArrayList<>();

  @Override
  public List<String> keys() {
    return keys;
  }

  @Override
  public void add(String key) {
    keys.add(key);
  }

  @Override
  public void restart() {
    keys.clear();
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
    // A restored token state must not bring back earlier keys.
  }

  @Override
  public void reflectWith(AttributeReflector reflector) {
    reflector.reflect(FormKeysAttribute.class, "keys", List.copyOf(keys));
  }
}
