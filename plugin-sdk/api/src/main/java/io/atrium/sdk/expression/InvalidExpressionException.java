package io.atrium.sdk.expression;

/** The text is not a valid expression; the message says where and why. */
public class InvalidExpressionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String expression;

  /** Creates the exception. */
  public InvalidExpressionException(String expression, String message) {
    super(message);
    this.expression = expression;
  }

  /** The refused text. */
  public String expression() {
    return expression;
  }
}
