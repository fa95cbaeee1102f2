package fr.trouvaille.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The growth chart (JFreeChart): how each figure grows with the number of documents, every figure
 * divided by its value on the smallest corpus, beside the documents themselves (the dashed line: a
 * figure on it grows in proportion; under it, more gently; flat, not at all).
 */
final class GrowthChart {

  static final int WIDTH = 960;
  static final int HEIGHT = 600;

  /** A figure of a corpus's results, and its name in the legend. */
  record Figure(String name, ToDoubleFunction<CorpusResult> value) {}

  static final List<Figure> FIGURES = List.of(
      new Figure("documents", c -> c.indexing().documents()),
      new Figure("reindex CPU, ours", c -> c.indexing().oursCpuSeconds()),
      new Figure("reindex CPU, reference", c -> c.indexing().referenceCpuSeconds()),
      new Figure("reindex peak memory", c -> c.indexing().oursPeakMegabytes()),
      new Figure("no-change reindex", c -> c.indexing().incrementalSeconds()),
      new Figure("index size", c -> c.indexing().indexMegabytes()),
      new Figure("start to first answer", CorpusResult::startToFirstAnswerSeconds),
      new Figure("p50, fewest clients (paced)", c -> c.http().get(0).paced().p50()),
      new Figure("p99, most clients (paced)", c -> c.http().get(c.http().size() - 1).paced().p99()));

  // One colour a figure, told apart on white; the documents' line grey and dashed.
  private static final Color[] PALETTE = {
      Color.GRAY, new Color(0xD62728), new Color(0xFF9896), new Color(0x1F77B4), new Color(0x2CA02C),
      new Color(0x9467BD), new Color(0x8C564B), new Color(0x17BECF), new Color(0xE377C2)};

  private GrowthChart() {}

  /** Whether {@code corpora} are a growth set: the same collection at two sizes or more. */
  static boolean applies(List<CorpusResult> corpora) {
    return corpora.size() >= 2 && corpora.stream().allMatch(c -> c.name().startsWith("codes-") && !c.http().isEmpty())
        && corpora.stream().mapToInt(c -> c.indexing().documents()).distinct().count() == corpora.size();
  }

  /** Draws the chart of {@code corpora} (see {@link #applies}) into the PNG file {@code png}. */
  static void write(List<CorpusResult> corpora, Path png) throws IOException {
    System.setProperty("java.awt.headless", "true");
    List<CorpusResult> bySize = corpora.stream().sorted(Comparator.comparingInt(c -> c.indexing().documents())).toList();
    XYSeriesCollection data = new XYSeriesCollection();
    for (Figure figure : FIGURES) {
      double first = figure.value().applyAsDouble(bySize.get(0));
      XYSeries series = new XYSeries(figure.name());
      for (CorpusResult c : bySize) {
        double value = figure.value().applyAsDouble(c);
        if (first > 0 && value > 0) { // a figure not measured (0, NaN) has no point
          series.add(c.indexing().documents(), value / first);
        }
      }
      data.addSeries(series);
    }
    NumberAxis documents = new NumberAxis("documents");
    documents.setNumberFormatOverride(new DecimalFormat("#,##0"));
    NumberAxis growth = new NumberAxis("figure ÷ its value at " + new DecimalFormat("#,##0").format(
        bySize.get(0).indexing().documents()) + " documents");
    growth.setAutoRangeIncludesZero(true);
    XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, true);
    for (int i = 0; i < PALETTE.length; i++) {
      lines.setSeriesPaint(i, PALETTE[i]);
      lines.setSeriesStroke(i, new BasicStroke(2f));
    }
    lines.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 6f}, 0f));
    XYPlot plot = new XYPlot(data, documents, growth, lines);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    JFreeChart chart = new JFreeChart("Trouvaille: how each figure grows with the index", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
    chart.setBackgroundPaint(Color.WHITE);
    ChartUtils.saveChartAsPNG(png.toFile(), chart, WIDTH, HEIGHT);
  }
}
