package io.atrium.forms;

/** Submitting a record that is no longer a draft: someone submitted it already. */
public class NotADraftException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message for the caller. */
  public NotADraftException(String message) {
    super(message);
  }
}
