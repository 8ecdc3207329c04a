package io.atrium.forms.storage;

/** Records cannot be purged while lookups of other records point to them. Nothing was purged. */
public class RecordInUseException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public RecordInUseException(String source, Throwable cause) {
    super("Records of " + source + " cannot be purged while other records link to them through lookup fields; "
        + "remove those links first", cause);
  }
}
