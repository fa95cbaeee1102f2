package fr.trouvaille.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.component.LifeCycle;

/** Applies {@link ServerLimits} to Jetty and Javalin, and makes a stop wait for requests in flight. */
final class ServerHardening {

  private ServerHardening() {}

  static void apply(JavalinConfig config, ServerLimits limits) {
    config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(limits.maxRequestHeaderBytes()));
    config.jetty.modifyServer(server -> {
      // Without it, stop() closes the connections under the requests being answered.
      server.insertHandler(new GracefulHandler());
      server.setStopTimeout(limits.stopTimeout().toMillis());
      server.setErrorHandler(new JsonErrorHandler());
      // Jetty waits for bytes without holding a thread; the idle timeout closes what a slow or
      // silent client leaves open. Javalin adds its connector after this, before the server starts.
      server.addEventListener(new LifeCycle.Listener() {
        @Override
        public void lifeCycleStarting(LifeCycle event) {
          for (Connector connector : server.getConnectors()) {
            if (connector instanceof AbstractConnector c) {
              c.setIdleTimeout(limits.idleTimeout().toMillis());
            }
          }
        }
      });
    });
    config.http.maxRequestSize = limits.maxBodyBytes();
    config.routes.before(ctx -> rejectLargeBody(ctx, limits.maxBodyBytes()));
  }

  // No route reads a body: refuse a large one before anything else is done with the request.
  private static void rejectLargeBody(Context ctx, long max) {
    long length = ctx.req().getContentLengthLong();
    if (length > max) {
      throw new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(),
          "Corps de requête trop volumineux (" + length + " octets, " + max + " au plus).");
    }
  }
}
