package io.atrium.sdk.expression;

/** A valid expression could not be evaluated with the values given. */
public class ExpressionFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public ExpressionFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
