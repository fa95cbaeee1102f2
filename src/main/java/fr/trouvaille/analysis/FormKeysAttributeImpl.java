package fr.trouvaille.analysis;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.util.AttributeReflector;

/** The keys of {@link FormKeysAttribute}: a value of the whole stream, started again at {@link #restart()}. */
public final class FormKeysAttributeImpl extends StreamValueAttributeImpl implements FormKeysAttribute {

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
  public void reflectWith(AttributeReflector reflector) {
    reflector.reflect(FormKeysAttribute.class, "keys", List.copyOf(keys));
  }
}
