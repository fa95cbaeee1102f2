package fr.trouvaille.eval;

import java.util.List;

/** The queries a system missed, as Markdown: what was asked, what should have come, what came first. */
public final class MissedQueries {

  private MissedQueries() {}

  /**
   * One section per evaluation: its summary line and a table of its missed queries.
   *
   * @param others evaluations of other systems on the same queries, whose rank of the expected
   *     document is shown beside (by system name)
   */
  public static String markdown(Evaluation evaluation, List<Evaluation> others) {
    StringBuilder md = new StringBuilder();
    md.append("## ").append(evaluation.system()).append("\n\n").append(evaluation.summary().line()).append("\n\n");
    List<Evaluation.Outcome> missed = evaluation.missed();
    if (missed.isEmpty()) {
      return md.append("No query missed.\n\n").toString();
    }
    md.append("| query | expected | first result |");
    others.forEach(other -> md.append(' ').append(other.system()).append(" rank |"));
    md.append("\n| --- | --- | --- |");
    others.forEach(other -> md.append(" ---: |"));
    md.append('\n');
    for (Evaluation.Outcome outcome : missed) {
      md.append("| ").append(cell(outcome.query().text()))
          .append(" | ").append(cell(String.join(", ", outcome.query().relevant())))
          .append(" | ").append(outcome.ranked().isEmpty() ? "(nothing)" : cell(outcome.ranked().get(0)))
          .append(" |");
      for (Evaluation other : others) {
        md.append(' ').append(rankIn(other, outcome.query())).append(" |");
      }
      md.append('\n');
    }
    return md.append('\n').toString();
  }

  private static String rankIn(Evaluation other, JudgedQuery query) {
    return other.outcomes().stream()
        .filter(o -> o.query().equals(query))
        .findFirst()
        .map(o -> o.metrics().found() ? String.valueOf(Math.round(1 / o.metrics().reciprocalRank())) : "-")
        .orElse("-");
  }

  // A table cell holds no pipe and no line break.
  private static String cell(String text) {
    return text.replace("|", "\\|").replace('\n', ' ');
  }
}
