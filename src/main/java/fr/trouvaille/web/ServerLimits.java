package fr.trouvaille.web;

import java.time.Duration;

/**
 * What one client may cost the server: sizes a request may have, and how long a connection may
 * stay silent or how slowly it may send before Jetty closes it.
 *
 * @param maxRequestHeaderBytes request line and headers together (Jetty answers 414 or 431 past it)
 * @param maxBodyBytes request body (413 past it); no route reads one today
 * @param idleTimeout a connection that sends nothing for this long is closed
 * @param stopTimeout how long a stopping server lets the requests in flight finish
 */
public record ServerLimits(
    int maxRequestHeaderBytes, long maxBodyBytes, Duration idleTimeout, Duration stopTimeout) {

  /** The limits the service runs with. */
  public static final ServerLimits DEFAULTS =
      new ServerLimits(8 * 1024, 64 * 1024, Duration.ofSeconds(30), Duration.ofSeconds(10));

  /** The same limits with another idle timeout (tests use a short one). */
  public ServerLimits withIdleTimeout(Duration timeout) {
    return new ServerLimits(maxRequestHeaderBytes, maxBodyBytes, timeout, stopTimeout);
  }
}
