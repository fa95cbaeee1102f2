package fr.trouvaille.index;

import static fr.trouvaille.Fixtures.reindex;
import static fr.trouvaille.Fixtures.write;
import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.trouvaille.corpus.SourceDocument;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.codecs.Codec;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UncompressedStoredFieldsCodecTest {

  @TempDir Path corpus;
  @TempDir Path index;

  private static Map<String, String> storedTexts(Path index) throws IOException {
    Map<String, String> texts = new HashMap<>();
    try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        Document document = stored.document(doc);
        texts.put(document.get(IndexFields.ID), document.get(IndexFields.TEXT));
      }
    }
    return texts;
  }

  private static String codecOf(Path index) throws IOException {
    try (Directory dir = FSDirectory.open(index); DirectoryReader reader = DirectoryReader.open(dir)) {
      LeafReaderContext leaf = reader.leaves().get(0);
      return ((SegmentReader) leaf.reader()).getSegmentInfo().info.getCodec().getName();
    }
  }

  @Test
  void the_reindex_writes_texts_short_and_long_uncompressed_and_reads_them_back_whole() throws IOException {
    String longText = "Une phrase de roman, avec des accents : é, è, ê, ç, œ. ".repeat(40_000); // 2 MB, many slices
    write(corpus, "court.txt", "Un texte court.");
    write(corpus, "long.txt", longText);
    for (int i = 0; i < 300; i++) {
      write(corpus, String.format("notes/%03d.txt", i), "La note numéro " + i + ".");
    }
    reindex(corpus, index);
    assertEquals(UncompressedStoredFieldsCodec.NAME, codecOf(index));
    Map<String, String> texts = storedTexts(index);
    assertEquals(302, texts.size());
    assertEquals("Un texte court.", texts.get("court.txt"));
    assertEquals(longText.strip(), texts.get("long.txt").strip());
    assertEquals("La note numéro 217.", texts.get("notes/217.txt"));
  }

  @Test
  void an_index_written_with_lucenes_default_codec_stays_readable_and_is_reindexed_in_place() throws IOException {
    // A document as the reindex writes it, in a segment of Lucene's own codec (as before this codec).
    try (Directory dir = FSDirectory.open(index);
        IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(DocumentMapper.analyzer()).setCodec(Codec.getDefault()))) {
      writer.addDocument(new DocumentMapper().toDocument(
          new SourceDocument("ancien.txt", "Ancien", null, "Écrit par Lucene seul."), new FileStamp(22, 0, "0")));
      writer.commit();
    }
    assertEquals("Lucene912", codecOf(index));
    write(corpus, "nouveau.txt", "Écrit par Trouvaille.");
    reindex(corpus, index);
    Map<String, String> texts = storedTexts(index);
    assertEquals(Map.of("nouveau.txt", "Écrit par Trouvaille."), texts,
        "the reindex brought the index in line with the corpus, reading the old segment to do so");
  }
}
