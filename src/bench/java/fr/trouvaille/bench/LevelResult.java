package fr.trouvaille.bench;

/**
 * Search over HTTP at one concurrency level.
 *
 * @param clients concurrent clients, each on its own connection
 * @param saturated the clients back to back: the throughput at this concurrency
 * @param paced the clients on a schedule at a fraction of that throughput, each request timed from
 *     its intended send time
 */
public record LevelResult(int clients, LatencyStats saturated, LatencyStats paced) {}
