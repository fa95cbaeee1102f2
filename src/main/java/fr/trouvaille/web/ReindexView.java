package fr.trouvaille.web;

import fr.trouvaille.index.ReindexStatus;

/**
 * The body of {@code GET} and {@code POST /api/reindex}: the status, with times as ISO-8601 text.
 *
 * @param status where to follow the reindex
 */
public record ReindexView(
    String status, boolean running, String startedAt, int files, int seen, int indexed, int skipped, Last last) {

  /** How the last reindex ended. */
  public record Last(boolean succeeded, String finishedAt, long tookMs, String summary) {}

  static ReindexView of(ReindexStatus s) {
    ReindexStatus.Outcome o = s.last();
    Last last = o == null ? null : new Last(o.succeeded(), o.finishedAt().toString(), o.tookMillis(), o.summary());
    return new ReindexView(AdminController.ROUTE, s.running(),
        s.startedAt() == null ? null : s.startedAt().toString(), s.files(), s.seen(), s.indexed(), s.skipped(), last);
  }
}
