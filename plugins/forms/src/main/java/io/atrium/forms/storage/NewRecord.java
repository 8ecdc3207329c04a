package io.atrium.forms.storage;

import io.atrium.sdk.record.RecordStatus;
import java.time.Instant;
import java.util.Objects;

/**
 * Whose a new record is and who creates it when.
 *
 * @param ownerId the owning user (row scope "own"), or null
 * @param departmentId the department it belongs to, or null
 * @param status its first status; serial numbers are handed out unless it is {@link RecordStatus#DRAFT}
 * @param createdBy the creating user, or null for the platform
 * @param createdAt when; also its first {@code updatedAt} and the date of its serial numbers
 */
public record NewRecord(Long ownerId, Long departmentId, RecordStatus status, Long createdBy, Instant createdAt) {

  /** Checks the parts. */
  public NewRecord {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(createdAt, "createdAt");
  }
}
