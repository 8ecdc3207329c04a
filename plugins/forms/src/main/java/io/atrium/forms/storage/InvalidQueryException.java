package io.atrium.forms.storage;

/** A query names a field the form does not have, or compares a field in a way it cannot be compared. */
public class InvalidQueryException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with what is wrong and what would be right. */
  public InvalidQueryException(String message) {
    super(message);
  }
}
