package io.atrium.workflows.definition;

import java.time.Duration;
import java.util.Objects;

/**
 * The service level of an approver node's tasks, counted from when a task came on the to-do list:
 * remind the assignee after {@code remindAfter}, then every {@code repeatEvery}; escalate after
 * {@code escalateAfter}. Each duration may be null (not wanted).
 *
 * @param counting how all durations count
 * @param remindAfter the first reminder; null for none
 * @param repeatEvery the next reminders; null for one reminder only
 * @param escalateAfter the escalation; null for none
 * @param escalation what the escalation does; null exactly when {@code escalateAfter} is
 */
public record Sla(Counting counting, Duration remindAfter, Duration repeatEvery, Duration escalateAfter,
    Escalation escalation) {

  /** No reminders and no escalation. */
  public static final Sla NONE = new Sla(Counting.CALENDAR, null, null, null, null);

  /** Checks the counting. */
  public Sla {
    Objects.requireNonNull(counting, "counting");
  }

  /** Whether it asks for nothing. */
  public boolean isNone() {
    return remindAfter == null && repeatEvery == null && escalateAfter == null && escalation == null;
  }
}
