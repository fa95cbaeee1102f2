package fr.trouvaille.index;

import java.io.IOException;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's default codec, with stored fields written as they are instead of LZ4-compressed.
 *
 * <p>Every hit on a results page needs its whole stored text for its snippet: on the novels (1 to 3
 * MB each), decompressing those texts was 46 % of a search's CPU. Uncompressed, reading them is a
 * copy from the memory-mapped file; the index grows by the text's compression ratio (about 1.5×
 * for the stored part). Registered under {@link #NAME} (META-INF/services), the name Lucene writes
 * in each segment to find it again; indexes written by Lucene's default codec stay readable.
 */
public final class UncompressedStoredFieldsCodec extends FilterCodec {

  /** The codec's name in the index: never change it, or older indexes can no longer be read. */
  public static final String NAME = "TrouvailleUncompressedStored912";

  /** Bytes as they are: Lucene's own test codec (DummyCompressingCodec) does the same. */
  static final CompressionMode UNCOMPRESSED = new CompressionMode() {
    @Override
    public Compressor newCompressor() {
      return new Compressor() {
        @Override
        public void compress(ByteBuffersDataInput buffers, DataOutput out) throws IOException {
          out.copyBytes(buffers, buffers.length());
        }

        @Override
        public void close() {
          // nothing held
        }
      };
    }

    @Override
    public Decompressor newDecompressor() {
      return new Decompressor() {
        @Override
        public void decompress(DataInput in, int originalLength, int offset, int length, BytesRef bytes)
            throws IOException {
          if (bytes.bytes.length < offset + length) {
            bytes.bytes = new byte[ArrayUtil.oversize(offset + length, 1)];
          }
          in.readBytes(bytes.bytes, 0, offset + length);
          bytes.offset = offset;
          bytes.length = length;
        }

        @Override
        public Decompressor clone() {
          return this;
        }
      };
    }

    @Override
    public String toString() {
      return "UNCOMPRESSED";
    }
  };

  // Chunks of 16 KB, at most 128 documents: a short document is read with at most 16 KB around it.
  private final StoredFieldsFormat storedFields =
      new Lucene90CompressingStoredFieldsFormat("TrouvailleUncompressedStoredFields", UNCOMPRESSED, 16 * 1024, 128, 10);

  /** Called by Lucene's codec lookup (SPI) when it opens a segment written with it. */
  public UncompressedStoredFieldsCodec() {
    super(NAME, new Lucene912Codec());
  }

  @Override
  public StoredFieldsFormat storedFieldsFormat() {
    return storedFields;
  }
}
