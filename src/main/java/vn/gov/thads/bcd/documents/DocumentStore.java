package vn.gov.thads.bcd.documents;

import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the files of case documents are kept, by a key the application chooses. Files are only ever
 * added, never changed; both ways are streams, so no file is ever whole in memory. The default,
 * {@link DatabaseDocumentStore}, keeps them in the application's database; an S3-compatible object
 * store can take over behind this interface (see docs/documents.md).
 */
public interface DocumentStore {

  /**
   * Keeps the file under {@code key}. Called inside the transaction that records the document, so a
   * store in the same database keeps both or neither.
   */
  void put(String key, Path file, long size);

  /** The file kept under {@code key}, read as it is sent; the caller closes it. */
  InputStream open(String key);
}
