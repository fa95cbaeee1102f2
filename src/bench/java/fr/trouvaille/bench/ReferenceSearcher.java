package fr.trouvaille.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.HdrHistogram.Histogram;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The same queries run in process on bare Lucene, on the same index: the limit the service is
 * measured against. Top 10 by score, the id and title read, the text highlighted in 2 passages of
 * about 160 characters; no facet, no exact total, no tie-break, no HTTP, no JSON.
 */
final class ReferenceSearcher implements AutoCloseable {

  private static final Map<String, Float> FIELDS = Map.of("title", 2f, "text", 1f);
  private static final Set<String> SHOWN = Set.of("id", "title");
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private final Analyzer analyzer;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final UnifiedHighlighter highlighter;

  ReferenceSearcher(Path index, Analyzer analyzer) throws IOException {
    this.analyzer = analyzer;
    this.directory = FSDirectory.open(index);
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.highlighter = UnifiedHighlighter.builder(searcher, analyzer)
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.FRENCH), 160, 0.33f))
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withMaxLength(Integer.MAX_VALUE - 1)
        .build();
  }

  /** Runs one query; returns how many hits were highlighted. */
  int search(String text) throws IOException {
    SimpleQueryParser parser = new SimpleQueryParser(analyzer, FIELDS);
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    Query query = parser.parse(text);
    TopDocs top = searcher.search(query, 10);
    String[] snippets = highlighter.highlight("text", query, top, 2);
    StoredFields stored = searcher.storedFields();
    int shown = 0;
    for (int i = 0; i < top.scoreDocs.length; i++) {
      // Only the fields a results page shows: loading the text too would decode whole novels.
      Document doc = stored.document(top.scoreDocs[i].doc, SHOWN);
      shown += doc.get("id") != null && snippets[i] != null ? 1 : 0;
    }
    return shown;
  }

  /** Runs the queries in turn, back to back on this thread, for {@code duration}. */
  LatencyStats measure(List<BenchQuery> queries, Duration duration) throws IOException {
    Histogram latencies = LatencyStats.histogram();
    long cpu = THREADS.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    long now = start;
    for (int i = 0; now < end; i++) {
      long sent = now;
      search(queries.get(i % queries.size()).text());
      now = System.nanoTime();
      latencies.recordValue(now - sent);
    }
    return LatencyStats.of(latencies, 0, (now - start) / 1e9).withCpu(THREADS.getCurrentThreadCpuTime() - cpu);
  }

  @Override
  public void close() throws IOException {
    try (directory; reader) {
      // closes the reader, then the directory
    }
  }
}
