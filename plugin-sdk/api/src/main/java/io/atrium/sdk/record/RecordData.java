package io.atrium.sdk.record;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A record as stored: system attributes and field values.
 *
 * @param source key of its record source
 * @param id id, unique within the source
 * @param serial human-readable number, e.g. {@code BX-20261202-0001}; null when the source has none
 * @param version grows by one on every change; pass it back to detect concurrent edits
 * @param status where it stands
 * @param ownerId the user who owns it (row scope "own" is checked against it), or null
 * @param departmentId the department it belongs to, or null
 * @param createdBy user id of its creator, or null for the platform
 * @param createdAt when it was created
 * @param updatedBy user id of the last change, or null for the platform
 * @param updatedAt when it last changed
 * @param deleted whether it is in the recycle bin
 * @param values field name to value, types as {@link RecordFieldType} describes; unmodifiable
 */
public record RecordData(String source, long id, String serial, long version, RecordStatus status, Long ownerId,
    Long departmentId, Long createdBy, Instant createdAt, Long updatedBy, Instant updatedAt, boolean deleted,
    Map<String, Object> values) {

  /** Checks the parts and freezes the values. */
  public RecordData {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The value of a field, or null. */
  public Object value(String field) {
    return values.get(field);
  }
}
