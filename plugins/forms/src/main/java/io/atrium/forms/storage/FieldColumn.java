package io.atrium.forms.storage;

import io.atrium.forms.schema.FieldDefinition;
import java.util.List;
import java.util.Objects;

/**
 * A published field and where its values live.
 *
 * @param field the field as published
 * @param allocation its table and column
 * @param lines the line fields of a sub-table, else empty
 */
public record FieldColumn(FieldDefinition field, ColumnAllocation allocation, List<FieldColumn> lines) {

  /** Checks the parts and freezes the lines. */
  public FieldColumn {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(allocation, "allocation");
    lines = lines == null ? List.of() : List.copyOf(lines);
  }

  /** The field's name. */
  public String name() {
    return field.name();
  }

  /** Where the values live. */
  public StorageKind storage() {
    return allocation.storage();
  }

  /** The line field with that name. */
  public FieldColumn line(String name) {
    for (FieldColumn line : lines) {
      if (line.name().equals(name)) {
        return line;
      }
    }
    return null;
  }
}
