package fr.trouvaille.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;

/**
 * The long texts a results page has read, kept decoded: a novel is megabytes of UTF-8 that a page of
 * hits decoded again for each search (42 % of a search's CPU on the novels), and the same long
 * documents come back search after search. Solr keeps read documents in its {@code documentCache}
 * for the same reason. Short texts are not kept: they decode in microseconds.
 *
 * <p>Keyed by segment and document: a segment's documents never change, and the entries of a
 * segment merged away are evicted as others come in.
 */
final class LongTexts {

  /** Texts shorter than this (characters) are read each time. */
  static final int LONG = 16_384;
  /**
   * At most a tenth of the heap is kept (two bytes a character), as Elasticsearch sizes its caches
   * (its query cache: 10 % of the heap): 600 MB under the default heap of a 24 GB machine.
   */
  static long defaultMaxChars() {
    return Runtime.getRuntime().maxMemory() / 10 / 2;
  }

  /** What a visit of a document read: the highlighted fields' values, and the other fields shown. */
  record Read(CharSequence[] values, Map<String, String> shown) {
    long chars() {
      long chars = 0;
      for (CharSequence value : values) {
        chars += value == null ? 0 : value.length();
      }
      return chars;
    }
  }

  private record Key(Object segment, int doc) {}

  private final Cache<Key, Read> cache;

  LongTexts(long maxChars) {
    this.cache = Caffeine.newBuilder()
        .maximumWeight(maxChars)
        .weigher((Key key, Read read) -> (int) Math.min(Integer.MAX_VALUE, read.chars()))
        .build();
  }

  LongTexts() {
    this(defaultMaxChars());
  }

  /** The read of document {@code doc} of the segment whose core is {@code segment}, or null. */
  Read get(Object segment, int doc) {
    return cache.getIfPresent(new Key(segment, doc));
  }

  /** Keeps {@code read} when its text is long. */
  void keep(Object segment, int doc, Read read) {
    if (read.chars() >= LONG) {
      cache.put(new Key(segment, doc), read);
    }
  }
}
