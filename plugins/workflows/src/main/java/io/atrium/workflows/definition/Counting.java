package io.atrium.workflows.definition;

/** How a duration of a delay or an SLA is counted. */
public enum Counting {
  /** Clock time: nights, weekends and holidays count. */
  CALENDAR,
  /** Working hours of the business calendar only. */
  WORKING_TIME,
  /** Working days of the business calendar: the same time of day, that many working days later; whole days only. */
  WORKING_DAYS
}
