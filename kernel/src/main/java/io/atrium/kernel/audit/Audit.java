package io.atrium.kernel.audit;

import io.atrium.kernel.security.AtriumPrincipal;

/**
 * Appends to the audit log. The kernel records sign-ins, failed sign-ins, permission denials and
 * every administrative change through it; plugins reach it through the SDK's {@code AuditLog}.
 * Who, when and from where are added from the current subject and {@code CallerContext} unless
 * the event names them (a failed sign-in has no subject yet).
 */
public interface Audit {

  /** Discards everything; for tests that do not look at the log. */
  Audit NONE = event -> {
  };

  /** Appends an entry, in the current transaction if there is one. */
  void record(AuditEvent event);

  /**
   * Appends an entry made by {@code actor}, whatever subject the thread has: a successful sign-in
   * is recorded before the subject is bound to the user who signed in.
   */
  default void record(AuditEvent event, AtriumPrincipal actor) {
    record(event);
  }
}
