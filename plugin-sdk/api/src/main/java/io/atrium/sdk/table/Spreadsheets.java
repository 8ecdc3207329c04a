package io.atrium.sdk.table;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.ZoneId;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Host service: reads CSV and Excel files as a stream of rows and writes them. Reading tells the
 * kind by the content and checks it against the file name; writing streams, so an export of any
 * size needs little memory. Row and size limits are the caller's.
 */
@ProviderType
public interface Spreadsheets {

  /** The widest row any reader allows. */
  int MAX_COLUMNS = 1_000;

  /**
   * Opens a file for reading. CSV is read in UTF-8 (with or without BOM) when the bytes are valid
   * UTF-8, else in GB18030 (what Excel on Chinese Windows writes); the delimiter (comma, semicolon
   * or tab) is told by the first row. Of a workbook the first sheet is read.
   *
   * @param file the uploaded content
   * @param fileName the name the user gave the file; only its extension is used
   * @param maxColumns most cells per row (at most {@link #MAX_COLUMNS}); a wider row fails with
   *     {@code TOO_MANY_COLUMNS}
   * @throws UnreadableTableException when the file is empty, of an unsupported kind, not what its
   *     extension says, or broken at its start
   * @throws IOException when the file cannot be read at all
   */
  TableReader read(Path file, String fileName, int maxColumns) throws UnreadableTableException, IOException;

  /**
   * Starts writing a file to a stream: CSV in UTF-8 with a BOM (so Excel shows Chinese text), or a
   * workbook with one sheet.
   *
   * @param sheetName the sheet's name (workbooks only; cut to Excel's 31 characters, characters
   *     Excel refuses replaced)
   * @param zone the time zone instants are written in
   */
  TableWriter write(OutputStream out, TableFormat format, String sheetName, ZoneId zone) throws IOException;
}
