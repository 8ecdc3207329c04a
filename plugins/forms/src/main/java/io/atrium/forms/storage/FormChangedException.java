package io.atrium.forms.storage;

/** Someone else saved or published the form since the caller read it; nothing was written. */
public class FormChangedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with what changed. */
  public FormChangedException(String message) {
    super(message);
  }
}
