package io.atrium.forms.imports;

/** An upload or a step of an import refused; the message is in the user's language and nothing changed. */
public class ImportRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why, as REST answers it. */
  public enum Kind {
    /** The file is larger than allowed or has too many rows (413). */
    TOO_LARGE,
    /** The file is not CSV or .xlsx, or its content does not match its name (415). */
    UNSUPPORTED,
    /** The file, a mapping or a mode is malformed (400). */
    MALFORMED,
    /** The import is busy or already done (409). */
    CONFLICT,
    /** There is no such import for this user (404). */
    NOT_FOUND
  }

  private final Kind kind;

  /** Creates the exception with a translated message. */
  public ImportRefusedException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  /** Why. */
  public Kind kind() {
    return kind;
  }
}
