package fr.trouvaille.corpus;

import java.time.Duration;

/**
 * How far the extraction of one HTML, PDF, Word… file may go before the file is skipped.
 *
 * @param time the time one file may take to extract
 * @param characters the characters one file may give, at most
 */
public record ExtractionLimits(Duration time, int characters) {

  /** 60 s and 16 million characters (a novel is about one million). */
  public static final ExtractionLimits DEFAULTS = new ExtractionLimits(Duration.ofSeconds(60), 16_000_000);
}
