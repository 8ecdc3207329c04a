package io.atrium.sdk.dataset;

/**
 * Groups dates and date-times by period; the bucket's value is its first day, a
 * {@link java.time.LocalDate}. Date-times are put into buckets in the company's time zone.
 */
public enum DateBucket {
  /** The day. */
  DAY,
  /** The ISO week, starting on Monday. */
  WEEK,
  /** The month. */
  MONTH,
  /** The quarter: January, April, July, October. */
  QUARTER,
  /** The year. */
  YEAR
}
