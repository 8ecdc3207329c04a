package io.atrium.forms;

/** There is no form with that key. */
public class FormNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message for the user. */
  public FormNotFoundException(String message) {
    super(message);
  }
}
