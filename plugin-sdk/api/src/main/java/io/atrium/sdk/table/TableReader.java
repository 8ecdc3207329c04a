package io.atrium.sdk.table;

import org.osgi.annotation.versioning.ProviderType;

/** The rows of an opened spreadsheet, read one at a time; close it when done. Not thread-safe. */
@ProviderType
public interface TableReader extends AutoCloseable {

  /** The kind of file, as its content showed. */
  TableFormat format();

  /**
   * The next row, or null after the last one.
   *
   * @throws UnreadableTableException when the rest of the file cannot be read
   */
  TableRow next() throws UnreadableTableException;

  /** Releases the file. */
  @Override
  void close();
}
