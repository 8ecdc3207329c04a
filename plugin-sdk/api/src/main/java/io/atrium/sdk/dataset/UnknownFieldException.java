package io.atrium.sdk.dataset;

/**
 * The query names a field the dataset has not, or one hidden from the current user (the two are
 * told apart by nobody, so hidden fields stay hidden).
 */
public class UnknownFieldException extends InvalidDatasetQueryException {

  private static final long serialVersionUID = 1L;

  private final String field;

  /** Creates the exception for a field name. */
  public UnknownFieldException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The name the query used. */
  public String field() {
    return field;
  }
}
