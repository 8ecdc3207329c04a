package io.atrium.forms;

/**
 * A public submission refused before its values were looked at: its token is missing, forged,
 * came back too fast (a script) or too late. The message is a key of the plugin's bundle.
 */
public class IntakeRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with the bundle key of what the visitor reads. */
  public IntakeRefusedException(String messageKey) {
    super(messageKey);
  }
}
