package io.atrium.sdk.dataset;

import java.util.Objects;

/**
 * One column of a result.
 *
 * @param field the field it comes from, or null for a {@link Aggregate#COUNT} of rows
 * @param bucket the date bucket of a dimension, or null
 * @param aggregate the aggregate of a measure, or null for a dimension
 * @param label a heading in the current user's language, e.g. {@code Amount (sum)}
 * @param type the values' type
 */
public record DatasetColumn(String field, DateBucket bucket, Aggregate aggregate, String label, ValueType type) {

  /** Checks the parts. */
  public DatasetColumn {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    if (field == null && aggregate != Aggregate.COUNT) {
      throw new IllegalArgumentException("Only a count of rows has no field");
    }
  }

  /** Whether it is a measure (else a dimension). */
  public boolean measure() {
    return aggregate != null;
  }
}
