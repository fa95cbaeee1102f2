package fr.trouvaille.web;

import fr.trouvaille.search.SearchEngine;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;

/** The JSON API: turns HTTP requests into calls on the search engine and results into JSON. */
final class SearchController {

  private final SearchEngine engine;

  SearchController(SearchEngine engine) {
    this.engine = engine;
  }

  /** {@code GET /api/search?q=&page=&size=&from=&to=}. */
  void search(Context ctx) {
    ctx.json(engine.search(SearchParams.parse(ctx::queryParam)));
  }

  /** {@code GET /api/documents/{id}?q=}: the whole document, matches marked when q is given. */
  void document(Context ctx) {
    String id = ctx.pathParam("id");
    String query = SearchParams.query(ctx.queryParam("q"), false);
    ctx.json(engine.document(id, query).orElseThrow(() -> new NotFoundResponse("Ce document n'existe pas : " + id)));
  }

  /** {@code GET /health}. */
  void health(Context ctx) {
    ctx.json(new Health("ok", engine.documentCount()));
  }
}
