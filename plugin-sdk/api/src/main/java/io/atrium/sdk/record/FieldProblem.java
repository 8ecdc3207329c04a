package io.atrium.sdk.record;

import java.util.Objects;

/**
 * Why a value was refused.
 *
 * @param field name of the field, e.g. {@code amount}, or {@code items[2].price} inside line items
 * @param label the field's label, for messages
 * @param message what is wrong and what would be right, in the caller's language
 */
public record FieldProblem(String field, String label, String message) {

  /** Checks the parts. */
  public FieldProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
    label = label == null ? field : label;
  }
}
