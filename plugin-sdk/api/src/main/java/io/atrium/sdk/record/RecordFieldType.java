package io.atrium.sdk.record;

/**
 * The kind of value a field holds, as Java sees it in {@link RecordData#values()}: what consumers
 * need to compare, sum and display values, not how a designer shows them.
 */
public enum RecordFieldType {
  /** {@link String}. */
  TEXT,
  /** {@link Long}. */
  INTEGER,
  /** {@link java.math.BigDecimal}, also for money and percent. */
  DECIMAL,
  /** {@link Boolean}. */
  BOOLEAN,
  /** {@link java.time.LocalDate}. */
  DATE,
  /** {@link java.time.Instant}. */
  DATETIME,
  /** {@link java.time.LocalTime}. */
  TIME,
  /** {@link Long}: a user id. */
  USER,
  /** {@link Long}: a department id. */
  DEPARTMENT,
  /** {@link Long}: the id of a record of {@link RecordField#reference()}. */
  REFERENCE,
  /** {@link String}: a blob id. */
  FILE,
  /** {@link java.util.List} of {@link java.util.Map}: line items whose fields are {@link RecordField#items()}. */
  ITEMS
}
