package io.atrium.forms.schema;

import java.util.List;

/**
 * A titled group of fields laid out in one to three columns.
 *
 * @param title heading, or null for none
 * @param columns 1, 2 or 3
 * @param fields the fields, in reading order
 */
public record FormSection(LocalizedText title, int columns, List<FieldDefinition> fields) {

  /** Freezes the fields and bounds the columns. */
  public FormSection {
    columns = columns < 1 ? 1 : Math.min(columns, 3);
    fields = List.copyOf(fields);
  }

  /** This section with other fields. */
  public FormSection withFields(List<FieldDefinition> newFields) {
    return new FormSection(title, columns, newFields);
  }
}
