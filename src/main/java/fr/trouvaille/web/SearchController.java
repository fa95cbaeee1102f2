package fr.trouvaille.web;

import fr.trouvaille.search.RelatedDocument;
import fr.trouvaille.search.SearchEngine;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;

/** The JSON API: turns HTTP requests into calls on the search engine and results into JSON. */
final class SearchController {

  /** Related documents shown beside a document. */
  static final int RELATED = 5;
  /** Completions offered under the search box. */
  static final int SUGGESTIONS = 8;

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

  /** {@code GET /api/documents/{id}/related}: the documents most like this one. */
  void related(Context ctx) {
    String id = ctx.pathParam("id");
    List<RelatedDocument> related = engine.related(id, RELATED)
        .orElseThrow(() -> new NotFoundResponse("Ce document n'existe pas : " + id));
    ctx.json(new RelatedDocuments(id, related));
  }

  /** {@code GET /api/suggest?q=}: completions of the last word typed. */
  void suggest(Context ctx) {
    String raw = ctx.queryParam("q");
    String query = SearchParams.query(raw, true);
    // From the text as typed: after "troupes " (a space) no word is being typed.
    ctx.json(new Suggestions(query, engine.complete(Completion.lastWord(raw), SUGGESTIONS)));
  }

  /** {@code GET /health}. */
  void health(Context ctx) {
    ctx.json(new Health("ok", engine.documentCount()));
  }
}
