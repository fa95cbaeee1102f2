package fr.trouvaille.analysis;

import org.apache.lucene.util.Attribute;

/**
 * How many stopwords a token stream has let through since it was reset ({@link StopwordCountFilterFactory}):
 * a count over the stream, not a value of each token, read once the stream is consumed.
 */
public interface StopwordCountAttribute extends Attribute {

  /** The stopwords counted since the stream was reset. */
  int count();

  /** Counts one more stopword. */
  void add();

  /** Starts counting from nothing (the stream was reset). */
  void restart();
}
