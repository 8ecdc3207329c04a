package io.atrium.sdk.dataset;

/** The type of a field's or a result column's values, with the Java type rows hold. */
public enum ValueType {
  /** {@link String}. */
  TEXT,
  /** {@link java.math.BigDecimal}, counts included. */
  NUMBER,
  /** {@link java.time.LocalDate}; also a date bucket (its first day). */
  DATE,
  /** {@link java.time.Instant}. */
  DATETIME,
  /** {@link java.time.LocalTime}. */
  TIME,
  /** {@link Boolean}. */
  BOOLEAN,
  /** {@link Long}: a user id (resolve names with {@code Directory}). */
  USER,
  /** {@link Long}: a department id. */
  DEPARTMENT;

  /** Whether the values can be put into date buckets. */
  public boolean temporal() {
    return this == DATE || this == DATETIME;
  }
}
