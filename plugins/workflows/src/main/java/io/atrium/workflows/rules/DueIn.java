package io.atrium.workflows.rules;

import java.util.Objects;

/**
 * When a to-do is due after the rule ran.
 *
 * @param amount how many units, zero or more
 * @param unit hours, days, working hours or working days (of the business calendar)
 */
public record DueIn(int amount, Unit unit) {

  /** Checks the parts. */
  public DueIn {
    Objects.requireNonNull(unit, "unit");
  }

  /** The unit of a due time. */
  public enum Unit {
    /** Clock hours. */
    HOURS,
    /** Calendar days in the company's zone. */
    DAYS,
    /** Working hours of the business calendar. */
    WORKING_HOURS,
    /** Working days of the business calendar. */
    WORKING_DAYS
  }
}
