package io.atrium.kernel.identity.ldap;

import io.atrium.kernel.i18n.Message;
import io.atrium.kernel.identity.SourceReadException;

/** The LDAP server could not be used; the text tells the administrator what to check. */
public final class LdapException extends SourceReadException {

  private static final long serialVersionUID = 1L;

  /** What kind of problem it is. */
  public enum Kind {
    /** The server cannot be reached, timed out or the TLS handshake failed. */
    UNREACHABLE,
    /** The server refused a name and password. */
    CREDENTIALS,
    /** Anything else: a missing base DN, a bad filter, a server error. */
    OTHER
  }

  private final Kind kind;

  LdapException(Kind kind, Message text, Throwable cause) {
    super(text, cause);
    this.kind = kind;
  }

  /** What kind of problem it is. */
  public Kind kind() {
    return kind;
  }
}
