/**
 * The audit log: an append-only, hash-chained record of who did what, when and from where.
 * Plugins record changes to their data through {@link io.atrium.sdk.audit.AuditLog}; the kernel
 * records sign-ins, denials and administration itself. A plugin reads back its own entries of an
 * object ({@link io.atrium.sdk.audit.AuditLog#entries}) to show a change history.
 */
@Version("1.1.0")
@Export
package io.atrium.sdk.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
