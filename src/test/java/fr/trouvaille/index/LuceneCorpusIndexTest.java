package fr.trouvaille.index;

import static fr.trouvaille.Fixtures.reindex;
import static fr.trouvaille.Fixtures.smallCorpus;
import static fr.trouvaille.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneCorpusIndexTest {

  @TempDir Path corpus;
  @TempDir Path index;

  // documentCount reads the commit's segment infos instead of opening a reader: deleted and
  // replaced documents must not count, as a reader does not count them.
  @Test
  void the_document_count_leaves_out_deleted_and_replaced_documents_as_a_reader_does() throws Exception {
    LuceneCorpusIndex corpusIndex = new LuceneCorpusIndex(index);
    assertEquals(0, corpusIndex.documentCount(), "no index yet");
    smallCorpus(corpus);
    reindex(corpus, index);
    assertEquals(4, corpusIndex.documentCount());
    Files.delete(corpus.resolve("ukraine/frontiere.txt"));
    write(corpus, "kazakhstan/etat.txt", " date 2022-02\n\nL’État a changé de texte.");
    write(corpus, "nouveau.txt", "Un nouveau document.");
    reindex(corpus, index);
    try (var directory = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(directory)) {
      assertEquals(4, reader.numDocs());
      assertEquals(reader.numDocs(), corpusIndex.documentCount());
    }
  }
}
