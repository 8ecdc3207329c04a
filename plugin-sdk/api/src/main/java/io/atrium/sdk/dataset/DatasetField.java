package io.atrium.sdk.dataset;

import java.util.Objects;

/**
 * One field of a dataset.
 *
 * @param name stable name, used in queries; line fields of a sub-table are {@code <sub-table>.<field>}
 * @param label label in the current user's language
 * @param kind how a report designer offers it by default: to group by or to aggregate
 * @param type its values' type, which decides the aggregates and date buckets it takes
 */
public record DatasetField(String name, String label, FieldKind kind, ValueType type) {

  /** Checks the parts. */
  public DatasetField {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    label = label == null ? name : label;
  }
}
