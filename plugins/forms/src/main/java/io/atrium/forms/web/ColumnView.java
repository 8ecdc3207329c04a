package io.atrium.forms.web;

import io.atrium.forms.schema.FieldDefinition;

/**
 * A column of the records list.
 *
 * @param id the field name or a system attribute ({@code serial}, {@code status}, {@code createdAt}, {@code updatedAt})
 * @param label the heading in the page's language
 * @param field the form's field, or null for a system attribute
 * @param sortable whether the list sorts on it (filterable fields and the system attributes)
 */
public record ColumnView(String id, String label, FieldDefinition field, boolean sortable) {

  /** Whether the list offers a filter input for it. */
  public boolean isFilterable() {
    return field != null && field.filterable();
  }

  /** The kind of filter input: {@code options}, {@code boolean}, {@code number}, {@code date} or {@code text}. */
  public String getFilterKind() {
    if (field == null) {
      return "text";
    }
    return switch (field.type()) {
      case SELECT, RADIO, MULTISELECT, CHECKBOX -> "options";
      case SWITCH -> "boolean";
      case INTEGER, DECIMAL, MONEY, PERCENT, FORMULA -> "number";
      case DATE -> "date";
      default -> "text";
    };
  }
}
