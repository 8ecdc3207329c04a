package io.atrium.sdk.persistence;

/** Thrown when work that needs a transaction runs outside one. */
public class TransactionRequiredException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message that says what needed the transaction. */
  public TransactionRequiredException(String message) {
    super(message);
  }
}
