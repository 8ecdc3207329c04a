package io.atrium.sdk.config;

/** A setting has a value of the wrong form; the message names the key and the expected form. */
public class InvalidConfigException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public InvalidConfigException(String message) {
    super(message);
  }
}
