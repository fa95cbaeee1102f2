package fr.trouvaille.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Jetty's answer to a request it rejects before Javalin sees it (request line or headers too
 * large, malformed request): the same {@code {"error": …}} JSON, in French, as every other error.
 */
final class JsonErrorHandler extends ErrorHandler {

  JsonErrorHandler() {
    setDefaultResponseMimeType("application/json");
    setShowStacks(false);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
    String json = "{\"error\":\"" + message(status) + "\"}";
    return ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8));
  }

  // Fixed sentences only: the reason Jetty gives may echo what the client sent.
  static String message(int status) {
    return switch (status) {
      case 414 -> "Adresse trop longue : raccourcissez la requête.";
      case 431 -> "En-têtes de requête trop volumineux.";
      case 413 -> "Corps de requête trop volumineux.";
      case 408 -> "Requête trop lente : la connexion a été fermée.";
      default -> "Requête HTTP mal formée (" + status + ").";
    };
  }
}
