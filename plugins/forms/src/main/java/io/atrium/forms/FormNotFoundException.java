package io.atrium.forms;

/** There is no form with that key; a REST call that meets it answers 404, like for a missing record. */
public class FormNotFoundException extends io.atrium.sdk.record.RecordNotFoundException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with a message for the user. */
  public FormNotFoundException(String message) {
    super(message);
  }
}
