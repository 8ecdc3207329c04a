package io.atrium.sdk.dataset;

/** A query the dataset cannot answer as asked; the message says why, in the caller's language. Nothing ran. */
public class InvalidDatasetQueryException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public InvalidDatasetQueryException(String message) {
    super(message);
  }
}
