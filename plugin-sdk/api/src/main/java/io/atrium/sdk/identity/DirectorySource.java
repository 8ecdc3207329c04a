package io.atrium.sdk.identity;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * SPI: an outside directory (LDAP, DingTalk, WeCom, an HR system) that feeds people and
 * departments into Atrium. Register one as a service; the kernel reads it on the schedule an
 * administrator sets (default every hour) and on demand from the admin console.
 *
 * <p>Life cycle: the kernel calls {@link #read()} on a background thread, never twice at the same
 * time for one source. It matches entries to existing people and departments by
 * {@link #id()} and external id, creates the missing ones, updates the changed ones, and marks
 * people no longer in the snapshot as {@link UserStatus#LEFT}. A failed read changes nothing.
 */
@ConsumerType
public interface DirectorySource {

  /** Stable id of the source, e.g. {@code dingtalk}; lower case letters, digits and dashes. */
  String id();

  /** A full snapshot of the outside directory. */
  DirectorySnapshot read() throws Exception;
}
