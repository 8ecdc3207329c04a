package io.atrium.forms.storage;

/**
 * A DDL statement of a publish failed. On PostgreSQL nothing was changed; on H2 (whose DDL commits
 * at once) the steps before it stay applied and publishing again completes the rest. No data is lost.
 */
public class PublishFailedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception with the failed step's explanation and the database's reason. */
  public PublishFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
