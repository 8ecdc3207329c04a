package io.atrium.sdk.event;

/** Thrown by a synchronous listener to refuse an event; the message is shown to the user. */
public class EventVetoException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message for the user. */
  public EventVetoException(String message) {
    super(message);
  }
}
