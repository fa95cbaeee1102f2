package fr.trouvaille.web;

import fr.trouvaille.corpus.OriginalFiles;
import fr.trouvaille.search.SearchEngine;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * {@code GET /api/documents/{id}/original}: the document's file as it is in the corpus folder, always
 * as an attachment (an HTML or SVG file shown inline could run its scripts on our origin). The id
 * must be one the index holds; the path is then derived from it, never taken from the request as is.
 */
final class OriginalController {

  private final SearchEngine engine;
  private final OriginalFiles files;

  /** {@code files} null: no original is offered (every request is a 404). */
  OriginalController(SearchEngine engine, OriginalFiles files) {
    this.engine = engine;
    this.files = files;
  }

  void download(Context ctx) throws IOException {
    String id = ctx.pathParam("id");
    if (!engine.contains(id)) {
      throw new NotFoundResponse("Ce document n'existe pas : " + id);
    }
    OriginalFiles.Original original = files == null ? null : files.find(id).orElse(null);
    if (original == null) {
      throw new NotFoundResponse("Le fichier d'origine de ce document n'est pas disponible : " + id);
    }
    ctx.contentType(original.format().contentType());
    ctx.header("Content-Disposition", attachment(original.fileName()));
    // No sniffing, no scripts, no plugins even if a browser were to render it.
    ctx.header("Content-Security-Policy", "sandbox; default-src 'none'");
    ctx.result(Files.newInputStream(original.path()));
  }

  // RFC 6266: an ASCII name for old clients, the UTF-8 name (RFC 5987) for the others.
  static String attachment(String name) {
    String ascii = name.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
    String utf8 = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
    return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + utf8;
  }
}
