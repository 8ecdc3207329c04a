package io.atrium.forms.storage;

import org.osgi.annotation.versioning.ProviderType;

/** Whether a value of a unique field is taken, for validation before the unique index has its say. */
@ProviderType
public interface UniqueValues {

  /**
   * Whether a live record other than {@code excludingRecordId} holds the value in a top-level field.
   *
   * @param excludingRecordId the record being edited, or null for a new one
   * @throws InvalidQueryException when the field is unknown or not a single-valued top-level field
   */
  boolean exists(FormLayout layout, String fieldName, Object value, Long excludingRecordId);
}
