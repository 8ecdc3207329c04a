package io.atrium.sdk.audit;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One entry a plugin wrote to the audit log, as {@link AuditLog#entries} reads it back.
 *
 * @param id the entry's position in the log (ascending in the order entries were written)
 * @param occurredAt when it was recorded
 * @param actorId the account id of the user who acted, or null for background work
 * @param actorName the user's login name, or null
 * @param action what happened, e.g. {@code record.update}
 * @param objectType the kind of object
 * @param objectId the object's id, or null
 * @param before the values before as JSON-like values ({@code String}, {@code Long} or
 *     {@code BigDecimal}, {@code Boolean}, {@code List}, {@code Map}; a JSON null is kept as null)
 * @param after the values after, likewise
 */
public record AuditEntry(long id, Instant occurredAt, Long actorId, String actorName, String action,
    String objectType, String objectId, Map<String, Object> before, Map<String, Object> after) {

  /** Checks the parts; missing values become empty maps. */
  public AuditEntry {
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(action, "action");
    before = before == null ? Map.of() : before;
    after = after == null ? Map.of() : after;
  }
}
