package io.atrium.kernel.persistence;

/** A schema migration could not be applied; the message names the script and the database's complaint. */
public class MigrationFailedException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public MigrationFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
