package io.atrium.forms;

/** A form with that key exists already. */
public class FormExistsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message for the user. */
  public FormExistsException(String message) {
    super(message);
  }
}
