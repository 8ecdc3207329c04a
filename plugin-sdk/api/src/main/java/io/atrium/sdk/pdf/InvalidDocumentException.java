package io.atrium.sdk.pdf;

/** The text is not well-formed XHTML; the message says where and why. */
public class InvalidDocumentException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  /** Creates the exception; {@code line} and {@code column} start at 1, or are -1 when unknown. */
  public InvalidDocumentException(String message, int line, int column) {
    super(message);
    this.line = line;
    this.column = column;
  }

  /** The line of the problem, from 1; -1 when unknown. */
  public int line() {
    return line;
  }

  /** The column of the problem, from 1; -1 when unknown. */
  public int column() {
    return column;
  }
}
