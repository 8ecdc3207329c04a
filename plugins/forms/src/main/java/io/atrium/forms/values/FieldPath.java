package io.atrium.forms.values;

import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FormsTexts;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a value sits, for problems: the path ({@code amount}, or {@code items[2].price} for the
 * price of the third line of {@code items}) and the label people read.
 *
 * @param path field name, with the line index (from 0) inside a sub-table
 * @param label the label in the caller's language, with the line number (from 1) inside a sub-table
 */
public record FieldPath(String path, String label) {

  /** Checks the parts. */
  public FieldPath {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(label, "label");
  }

  /** A top-level field. */
  public static FieldPath of(FieldDefinition field, Locale locale) {
    return new FieldPath(field.name(), field.label(locale));
  }

  /** A field of a line of this sub-table. */
  public FieldPath line(int index, FieldDefinition lineField, Locale locale) {
    return new FieldPath(path + "[" + index + "]." + lineField.name(),
        FormsTexts.text(locale, "forms.value.lineLabel", label, String.valueOf(index + 1), lineField.label(locale)));
  }

  /** A key of a line of this sub-table that is no field. */
  public FieldPath lineKey(int index, String key, Locale locale) {
    return new FieldPath(path + "[" + index + "]." + key,
        FormsTexts.text(locale, "forms.value.lineLabel", label, String.valueOf(index + 1), key));
  }

  /** A whole line of this sub-table. */
  public FieldPath lineItself(int index, Locale locale) {
    return new FieldPath(path + "[" + index + "]",
        FormsTexts.text(locale, "forms.value.lineOnly", label, String.valueOf(index + 1)));
  }
}
