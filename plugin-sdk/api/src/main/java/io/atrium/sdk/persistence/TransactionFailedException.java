package io.atrium.sdk.persistence;

/** Thrown when a transaction could not be begun, committed or rolled back, or its work failed. */
public class TransactionFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with the failure that caused it. */
  public TransactionFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
