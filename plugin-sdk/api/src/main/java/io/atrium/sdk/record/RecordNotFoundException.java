package io.atrium.sdk.record;

/**
 * There is no record with the id asked for, or (for a subclass) no record source at all; plugin REST
 * methods that throw it answer 404.
 */
public class RecordNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for one record. */
  public RecordNotFoundException(String source, long id) {
    super("There is no record " + id + " in " + source);
  }

  /**
   * Creates the exception with a message of its own, for subclasses that say what is missing, such
   * as a whole record source.
   *
   * @since 1.1
   */
  protected RecordNotFoundException(String message) {
    super(message);
  }
}
