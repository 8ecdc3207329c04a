package io.atrium.forms.validation;

import io.atrium.forms.schema.FieldDefinition;

/**
 * Whether a value of a unique field is taken: the record storage implements it with a query on the
 * form's table (the database's unique index stays the last word under concurrent submits).
 */
@FunctionalInterface
public interface UniquenessCheck {

  /**
   * Whether a live (not deleted) record other than {@code recordId} holds the value.
   *
   * @param formKey the form's key
   * @param field the unique field
   * @param value the canonical value (see {@link io.atrium.forms.values.ValueConverter})
   * @param recordId the record being edited, or null for a new record
   */
  boolean taken(String formKey, FieldDefinition field, Object value, Long recordId);

  /** No uniqueness check: for previews and tests without a database. */
  static UniquenessCheck none() {
    return (formKey, field, value, recordId) -> false;
  }
}
