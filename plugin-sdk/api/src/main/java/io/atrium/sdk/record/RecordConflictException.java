package io.atrium.sdk.record;

/** Someone else changed the record since the caller read it; nothing was written. */
public class RecordConflictException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long expectedVersion;
  private final long actualVersion;

  /** Creates the exception. */
  public RecordConflictException(String source, long id, long expectedVersion, long actualVersion) {
    super("Record " + id + " of " + source + " was changed by someone else (version " + actualVersion
        + ", you edited version " + expectedVersion + "); reload it and apply your change again");
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  /** The version the caller had read. */
  public long expectedVersion() {
    return expectedVersion;
  }

  /** The version stored now. */
  public long actualVersion() {
    return actualVersion;
  }
}
