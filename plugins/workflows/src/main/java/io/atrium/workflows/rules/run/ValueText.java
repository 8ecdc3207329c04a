package io.atrium.workflows.rules.run;

import java.math.BigDecimal;

/** A field value as text, for comparisons with what a rule writes (mapping tables, "changed to"). */
final class ValueText {

  private ValueText() {
  }

  /** Null as null, numbers without trailing zeros ({@code 5.0} is {@code 5}), anything else by its text. */
  static String of(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof BigDecimal decimal) {
      return decimal.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Double || value instanceof Float) {
      return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
    }
    return value.toString();
  }
}
