package io.atrium.forms.schema;

import java.util.Objects;

/**
 * One choice of a select, radio or check-box field.
 *
 * @param value what is stored, e.g. {@code travel}; unique within the field
 * @param label what users see
 */
public record FieldOption(String value, LocalizedText label) {

  /** The most characters of an option value. */
  public static final int MAX_VALUE_LENGTH = 100;

  /** Checks the parts. */
  public FieldOption {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(label, "label");
  }

  /** An option whose label is its value, for tests and templates. */
  public static FieldOption of(String value, String label) {
    return new FieldOption(value, LocalizedText.of(label));
  }
}
