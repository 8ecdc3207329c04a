package io.atrium.forms.schema;

import java.util.Objects;

/**
 * One choice of a select, radio or check-box field.
 *
 * @param value what is stored, e.g. {@code travel}; unique within the field
 * @param label what users see
 */
public record FieldOption(String value, LocalizedText label) {

  /** Checks the parts. */
  public FieldOption {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(label, "label");
  }
}
