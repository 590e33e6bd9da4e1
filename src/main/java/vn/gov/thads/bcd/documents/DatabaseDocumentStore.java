package vn.gov.thads.bcd.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Keeps files in the application's database ({@code bcd_document_chunk}), in pieces of {@code
 * bcd.documents.chunk-size} (256 KB by default): one piece at a time is in memory while a file is
 * written or read, on PostgreSQL and on H2 alike. (A single bytea column would not do: the
 * PostgreSQL driver reads a bytea value whole into memory.) Reading fetches one piece per query, so
 * no transaction or cursor stays open while a slow client downloads.
 */
@Component
public class DatabaseDocumentStore implements DocumentStore {

  private final JdbcClient jdbc;
  private final int chunkSize;

  public DatabaseDocumentStore(
      JdbcClient jdbc, @Value("${bcd.documents.chunk-size:256KB}") DataSize chunkSize) {
    this.jdbc = jdbc;
    this.chunkSize = (int) Math.max(1024, Math.min(chunkSize.toBytes(), 4L * 1024 * 1024));
  }

  @Override
  public void put(String key, Path file, long size) {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[chunkSize];
      int chunk = 0;
      int n;
      while ((n = in.readNBytes(buffer, 0, chunkSize)) > 0) {
        byte[] piece = n == chunkSize ? buffer : java.util.Arrays.copyOf(buffer, n);
        jdbc.sql("insert into bcd_document_chunk (storage_key, chunk_no, content) values (?, ?, ?)")
            .params(key, chunk++, piece)
            .update();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public InputStream open(String key) {
    return new ChunkStream(key);
  }

  /** Reads the pieces of one file in order, fetching the next when the last is used up. */
  private final class ChunkStream extends InputStream {
    private final String key;
    private int next;
    private byte[] piece = new byte[0];
    private int position;
    private boolean ended;

    ChunkStream(String key) {
      this.key = key;
    }

    private boolean fill() {
      while (!ended && position >= piece.length) {
        Optional<byte[]> found =
            jdbc.sql(
                    "select content from bcd_document_chunk where storage_key = ? and chunk_no = ?")
                .params(key, next)
                .query((rs, i) -> rs.getBytes(1))
                .optional();
        if (found.isEmpty()) {
          ended = true;
        } else {
          piece = found.get();
          position = 0;
          next++;
        }
      }
      return !ended || position < piece.length;
    }

    @Override
    public int read() {
      if (!fill()) {
        return -1;
      }
      return piece[position++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (!fill()) {
        return -1;
      }
      int n = Math.min(len, piece.length - position);
      System.arraycopy(piece, position, b, off, n);
      position += n;
      return n;
    }
  }
}
