package io.atrium.sdk.dataset;

/** How a measure combines the values of a group's rows; empty values are skipped. */
public enum Aggregate {
  /** How many rows (without a field), or how many rows have a value (with one); any type. */
  COUNT,
  /** How many different values; any type. */
  COUNT_DISTINCT,
  /** The total; numbers only. */
  SUM,
  /** The mean, with two more decimals than the values; numbers only. */
  AVG,
  /** The smallest value; numbers, dates, date-times and times. */
  MIN,
  /** The largest value; numbers, dates, date-times and times. */
  MAX;

  /** Whether the aggregate can be applied to values of the type. */
  public boolean accepts(ValueType type) {
    return switch (this) {
      case COUNT, COUNT_DISTINCT -> true;
      case SUM, AVG -> type == ValueType.NUMBER;
      case MIN, MAX -> type == ValueType.NUMBER || type == ValueType.DATE || type == ValueType.DATETIME
          || type == ValueType.TIME;
    };
  }

  /** The type of the result over values of the type: numbers for counts, sums and means, else the values' own. */
  public ValueType resultType(ValueType type) {
    return this == MIN || this == MAX ? type : ValueType.NUMBER;
  }
}
