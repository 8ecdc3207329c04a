package io.atrium.sdk.record;

/** There is no record with the id asked for. */
public class RecordNotFoundException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for one record. */
  public RecordNotFoundException(String source, long id) {
    super("There is no record " + id + " in " + source);
  }
}
