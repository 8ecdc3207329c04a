/**
 * The audit log: an append-only, hash-chained record of who did what, when and from where.
 * Plugins record changes to their data through {@link io.atrium.sdk.audit.AuditLog}; the kernel
 * records sign-ins, denials and administration itself.
 */
@Version("1.0.0")
@Export
package io.atrium.sdk.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
