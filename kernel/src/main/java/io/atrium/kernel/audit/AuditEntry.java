package io.atrium.kernel.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * One entry of the audit log as stored.
 *
 * @param id the entry's position in the chain (ascending; gaps where a transaction rolled back)
 * @param occurredAt when it was recorded, to the millisecond
 * @param actorId the signed-in user's account id, or null
 * @param actorName the user's login name, the name a failed sign-in tried, or null
 * @param address the client's address, or null for background work
 * @param userAgent the client's User-Agent header, or null
 * @param category {@code auth}, {@code denied}, {@code admin} or {@code data}
 * @param action what happened, e.g. {@code user.create}
 * @param objectType the kind of object, or null
 * @param objectId the object's id, or null
 * @param source {@code kernel} or a plugin id
 * @param beforeJson canonical JSON of the values before
 * @param afterJson canonical JSON of the values after
 * @param prevHash the hash of the entry before (64 zeros for the first)
 * @param hash SHA-256 of {@code prevHash} and the canonical entry, hex
 */
public record AuditEntry(long id, Instant occurredAt, Long actorId, String actorName, String address, String userAgent,
    String category, String action, String objectType, String objectId, String source, String beforeJson,
    String afterJson, String prevHash, String hash) implements Serializable {

  /** The same entry placed in the chain. */
  AuditEntry chained(long newId, String newPrevHash, String newHash) {
    return new AuditEntry(newId, occurredAt, actorId, actorName, address, userAgent, category, action, objectType,
        objectId, source, beforeJson, afterJson, newPrevHash, newHash);
  }
}
