package fr.trouvaille.web;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's answer to a request it rejects before Javalin sees it (request line or headers too
 * large, malformed request): the same {@code {"error": …}} JSON, in French, as every other error,
 * whatever the client accepts.
 */
final class JsonErrorHandler extends ErrorHandler {

  @Override
  protected boolean generateAcceptableResponse(Request request, Response response, Callback callback,
      String contentType, List<Charset> charsets, int code, String message, Throwable cause) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
    String json = "{\"error\":\"" + message(code) + "\"}";
    response.write(true, ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)), callback);
    return true;
  }

  // Fixed sentences only: the message Jetty gives may echo what the client sent.
  static String message(int status) {
    return switch (status) {
      case 414 -> "Adresse trop longue : raccourcissez la requête.";
      case 431 -> "En-têtes de requête trop volumineux.";
      case 413 -> "Corps de requête trop volumineux.";
      case 408 -> "Requête trop lente : la connexion a été fermée.";
      default -> status < 500 ? "Requête HTTP refusée (" + status + ")." : "Erreur interne du serveur (" + status + ").";
    };
  }
}
