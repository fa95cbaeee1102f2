package fr.trouvaille.search;

import static fr.trouvaille.Fixtures.reindex;
import static fr.trouvaille.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.trouvaille.index.IndexFields;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StopwordFreeBM25Test {

  @TempDir Path corpus;
  @TempDir Path index;

  // BM25 weighs a text's length against the average: both without the stopwords the text keeps for phrases.
  @Test
  void the_average_text_length_leaves_the_stopwords_out_as_each_length_does() throws IOException {
    write(corpus, "a.txt", "Le chat dort.");                                    // chat, dort: 2 (of 3)
    write(corpus, "b.txt", "Le chien et le chat dorment dans la grande maison."); // chien, chat, dorment, grande, maison: 5 (of 10)
    reindex(corpus, index);
    try (Directory directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
      CollectionStatistics text = new IndexSearcher(reader).collectionStatistics(IndexFields.TEXT);
      assertEquals(3.5f, new StopwordFreeBM25(reader).avgFieldLength(text), 1e-6);
      assertEquals(6.5, text.sumTotalTermFreq() / (double) text.docCount(), 1e-6, "Lucene's own average counts them");
    }
  }
}
