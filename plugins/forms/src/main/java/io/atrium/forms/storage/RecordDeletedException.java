package io.atrium.forms.storage;

/** The record is in the recycle bin; restore it before changing it. Nothing was written. */
public class RecordDeletedException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for a record. */
  public RecordDeletedException(String source, long id) {
    super("Record " + id + " of " + source + " is in the recycle bin; restore it before changing it");
  }
}
