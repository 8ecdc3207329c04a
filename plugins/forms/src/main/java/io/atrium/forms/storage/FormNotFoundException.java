package io.atrium.forms.storage;

/** There is no form with the id or key asked for. */
public class FormNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for a form id or key. */
  public FormNotFoundException(Object idOrKey) {
    super("There is no form " + idOrKey);
  }
}
