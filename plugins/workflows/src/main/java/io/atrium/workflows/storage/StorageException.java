package io.atrium.workflows.storage;

/** The database refused or failed a read or write of the engine's state. */
public class StorageException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
