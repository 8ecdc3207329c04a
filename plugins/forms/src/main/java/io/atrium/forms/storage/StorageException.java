package io.atrium.forms.storage;

/** The database failed in a way the caller cannot fix by changing its input; nothing was written. */
public class StorageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with what was being done and the database's reason. */
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
