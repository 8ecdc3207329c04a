package io.atrium.workflows.engine;

import io.atrium.sdk.time.BusinessCalendar;
import io.atrium.workflows.definition.ApproverNode;
import io.atrium.workflows.definition.ProcessGraph;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The timers an instance needs now: the next reminder and the escalation of each pending task of an
 * approver node with an SLA (a reminder only while it comes before the escalation), and the wake-up of each token waiting at a delay node. Pure: the same
 * instance gives the same timers, so the runtime can schedule them again after every step.
 */
public final class DueTimers {

  private final Deadlines deadlines;

  /**
   * @param calendar the business calendar, or null when only calendar time is counted
   * @param zone the company's time zone
   */
  public DueTimers(BusinessCalendar calendar, ZoneId zone) {
    this.deadlines = new Deadlines(calendar, zone);
  }

  /** The timers of an instance of the graph's definition, soonest first; none once it ended. */
  public List<DueTimer> of(ProcessInstance instance, ProcessGraph graph) {
    List<DueTimer> timers = new ArrayList<>();
    if (instance.status() != InstanceStatus.RUNNING) {
      return timers;
    }
    for (Token token : instance.tokens()) {
      if (token.waiting()) {
        timers.add(new DueTimer(DueTimer.Kind.WAKE, instance.id(), null, token.id(), token.visit(), 0, token.dueAt()));
      }
    }
    for (Task task : instance.pendingTasks()) {
      if (graph.find(task.nodeId()).orElse(null) instanceof ApproverNode approver && !approver.sla().isNone()) {
        Instant remind = deadlines.reminderDue(task, approver.sla(), task.reminders() + 1);
        Instant escalate = task.escalated() ? null : deadlines.escalationDue(task, approver.sla());
        // a reminder at or after the escalation would remind of a task the escalation just took care of
        if (remind != null && (escalate == null || remind.isBefore(escalate))) {
          timers.add(new DueTimer(DueTimer.Kind.REMIND, instance.id(), task.id(), null, 0, task.reminders() + 1, remind));
        }
        if (escalate != null) {
          timers.add(new DueTimer(DueTimer.Kind.ESCALATE, instance.id(), task.id(), null, 0, 0, escalate));
        }
      }
    }
    timers.sort(Comparator.comparing(DueTimer::dueAt));
    return timers;
  }
}
