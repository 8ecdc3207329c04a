package io.atrium.forms.storage;

import java.util.List;
import java.util.Optional;

/**
 * The generated tables and columns of a form, by field id: what migrations start from.
 *
 * @param formId the form
 * @param table the record table, {@code forms_t<form id>}
 * @param nextNumber the number the next new column or child table gets
 * @param columns one entry per field ever published, retired ones included
 */
public record TableAllocation(long formId, String table, int nextNumber, List<ColumnAllocation> columns) {

  /** Freezes the list. */
  public TableAllocation {
    columns = List.copyOf(columns);
  }

  /** The entry of a field: {@code parentId} is {@code ""} for top-level fields, else the sub-table's id. */
  public Optional<ColumnAllocation> find(String parentId, String fieldId) {
    return columns.stream().filter(c -> c.parentId().equals(parentId) && c.fieldId().equals(fieldId)).findFirst();
  }

  /** The entries of the top-level fields ({@code ""}) or of a sub-table's line fields. */
  public List<ColumnAllocation> children(String parentId) {
    return columns.stream().filter(c -> c.parentId().equals(parentId)).toList();
  }
}
