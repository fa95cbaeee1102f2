package fr.trouvaille.analysis;

import java.util.List;
import org.apache.lucene.util.Attribute;

/**
 * The {@link WordForms} keys of the distinct words a token stream has met since it was reset
 * ({@link FormKeysFilterFactory}): a list over the stream, not a value of each token, read once the
 * stream is consumed.
 */
public interface FormKeysAttribute extends Attribute {

  /** The keys met since the stream was reset, in the order their words first came. */
  List<String> keys();

  /** Adds the key of a word met for the first time. */
  void add(String key);

  /** Starts from nothing (the stream was reset). */
  void restart();
}
