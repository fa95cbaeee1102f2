package fr.trouvaille.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrowthChartTest {

  private static CorpusResult corpus(String name, int documents, double cpu) {
    LatencyStats stats = new LatencyStats(1000, 0, 10, 500, 2, 4, 9, 20, 1.2);
    IndexingResult indexing = new IndexingResult(documents, 74, 10, 7.4, 9007, 10, 7.4, 9007, 1,
        cpu, cpu * 0.9, 0.9, 1.5, documents / 600.0, 900, 700);
    return new CorpusResult(name, indexing, stats, List.of(new LevelResult(1, stats, stats), new LevelResult(8, stats, stats)),
        1.2, 1.9, Double.NaN, 80.0, null, 0.1);
  }

  @Test
  void the_legal_codes_at_several_sizes_are_drawn_as_a_png(@TempDir Path dir) throws Exception {
    List<CorpusResult> growth = List.of(corpus("codes-90k", 90_078, 30), corpus("codes-4x", 360_312, 125),
        corpus("codes-11x", 990_858, 350));
    assertTrue(GrowthChart.applies(growth));
    Path png = dir.resolve("growth.png");
    GrowthChart.write(growth, png);
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(GrowthChart.WIDTH, image.getWidth());
    assertEquals(GrowthChart.HEIGHT, image.getHeight());
  }

  @Test
  void one_size_or_other_corpora_are_no_growth_set() {
    assertFalse(GrowthChart.applies(List.of(corpus("codes-90k", 90_078, 30))));
    assertFalse(GrowthChart.applies(List.of(corpus("codes-90k", 90_078, 30), corpus("eltec-fra", 100, 9))));
  }
}
