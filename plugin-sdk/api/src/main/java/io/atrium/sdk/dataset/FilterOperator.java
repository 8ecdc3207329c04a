package io.atrium.sdk.dataset;

/** How a filter compares a field with its value. */
public enum FilterOperator {
  /** Equal. */
  EQ,
  /** Not equal; an empty field differs from any value. */
  NE,
  /** Less than. */
  LT,
  /** Less than or equal. */
  LE,
  /** Greater than. */
  GT,
  /** Greater than or equal. */
  GE,
  /** Text contains the value, ignoring case; text fields only. */
  CONTAINS,
  /** Equal to one of a collection of values. */
  IN,
  /** Has no value; the filter's value is ignored. */
  EMPTY,
  /** Has a value; the filter's value is ignored. */
  NOT_EMPTY
}
