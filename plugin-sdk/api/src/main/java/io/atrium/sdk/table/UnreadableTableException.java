package io.atrium.sdk.table;

/**
 * A file that cannot be read as a table. {@link #reason()} says why, so the caller can tell the
 * user in their language; the message is English, for logs.
 */
public class UnreadableTableException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why a file was refused. */
  public enum Reason {
    /** The file has no content. */
    EMPTY,
    /** The file name's extension is none of {@code .csv}, {@code .txt}, {@code .xlsx}. */
    UNSUPPORTED_EXTENSION,
    /** An Excel 97–2003 file (.xls): save it as .xlsx or CSV. */
    LEGACY_EXCEL,
    /** The content is not what the extension says, e.g. a zip or a program named {@code .xlsx} or {@code .csv}. */
    CONTENT_MISMATCH,
    /** The content is of the right kind but broken (a damaged workbook, an unclosed quote). */
    MALFORMED,
    /** A row has more cells than the reader allows. */
    TOO_MANY_COLUMNS
  }

  private final Reason reason;
  private final int row;

  /** Creates the exception; {@code row} is the row number or 0 when it concerns the whole file. */
  public UnreadableTableException(Reason reason, int row, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.row = row;
  }

  /** Why the file was refused. */
  public Reason reason() {
    return reason;
  }

  /** The row where reading failed, or 0 for the whole file. */
  public int row() {
    return row;
  }
}
