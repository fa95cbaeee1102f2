package fr.trouvaille.web;

import fr.trouvaille.index.ReindexInProgressException;
import fr.trouvaille.index.ReindexJobs;
import io.javalin.http.ConflictResponse;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** {@code POST /api/reindex} starts a background reindex; {@code GET /api/reindex} follows it. */
final class AdminController {

  static final String ROUTE = "/api/reindex";

  private final AdminToken token;
  private final ReindexJobs jobs;

  /** {@code jobs} null: the routes answer 403 as when no token is configured. */
  AdminController(String adminToken, ReindexJobs jobs) {
    this.token = new AdminToken(jobs == null ? null : adminToken);
    this.jobs = jobs;
  }

  void start(Context ctx) {
    token.check(ctx);
    try {
      ReindexView view = ReindexView.of(jobs.start());
      ctx.status(HttpStatus.ACCEPTED).header("Location", ROUTE).json(view);
    } catch (ReindexInProgressException e) {
      throw new ConflictResponse("Une réindexation est déjà en cours sur cet index ; suivez-la sur " + ROUTE
          + " et réessayez quand elle sera finie.");
    }
  }

  void status(Context ctx) {
    token.check(ctx);
    ctx.json(ReindexView.of(jobs.status()));
  }
}
