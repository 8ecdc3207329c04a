package io.atrium.forms.schema;

import java.util.Objects;

/**
 * A validation over several fields, e.g. {@code endDate >= startDate}; skipped while a field it
 * reads is empty.
 *
 * @param expression Jakarta EL that must be true
 * @param field the field the error is shown at
 * @param message the error text
 */
public record CrossCheck(String expression, String field, LocalizedText message) {

  /** Checks the parts. */
  public CrossCheck {
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
