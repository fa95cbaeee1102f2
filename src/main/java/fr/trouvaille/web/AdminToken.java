package fr.trouvaille.web;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Guards the admin routes with {@code Authorization: Bearer <token>}. */
final class AdminToken {

  static final String DISABLED_MESSAGE =
      "La réindexation par HTTP est désactivée. Pour l'activer, lancez le serveur avec la variable "
          + "d'environnement TROUVAILLE_ADMIN_TOKEN (un secret de votre choix), puis envoyez l'en-tête "
          + "« Authorization: Bearer <ce secret> ».";

  private static final String PREFIX = "Bearer ";

  private final byte[] expected;

  /** {@code token} null: every admin request is refused with {@link #DISABLED_MESSAGE}. */
  AdminToken(String token) {
    this.expected = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  /** Lets the request through, or answers 403 (no token configured) or 401 (missing or wrong). */
  void check(Context ctx) {
    if (expected == null) {
      throw new ForbiddenResponse(DISABLED_MESSAGE);
    }
    String header = ctx.header("Authorization");
    byte[] given = header != null && header.startsWith(PREFIX)
        ? header.substring(PREFIX.length()).strip().getBytes(StandardCharsets.UTF_8)
        : new byte[0];
    // Constant time: how long the comparison takes tells nothing about how much of the token matched.
    if (!MessageDigest.isEqual(expected, given)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new UnauthorizedResponse("Jeton d'administration absent ou incorrect (en-tête « Authorization: Bearer … »).");
    }
  }
}
