package io.atrium.sdk.blob;

/** A file was not stored; the message says why in the caller's language. */
public class BlobRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a file is refused. */
  public enum Reason {
    /** Larger than the policy allows. */
    TOO_LARGE,
    /** Its content is of a type the policy does not accept. */
    TYPE_NOT_ALLOWED,
    /** Its content does not match the extension of its name, e.g. a program named {@code .pdf}. */
    CONTENT_MISMATCH
  }

  private final Reason reason;

  /** Creates the exception. */
  public BlobRefusedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** Why it was refused. */
  public Reason reason() {
    return reason;
  }
}
