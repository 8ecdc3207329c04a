package io.atrium.forms;

/** The draft cannot be published; the message says why and what to do. */
public class PublishRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message for the user. */
  public PublishRefusedException(String message) {
    super(message);
  }
}
