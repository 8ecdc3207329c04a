package io.atrium.workflows.engine;

import java.time.Instant;

/**
 * One person's work on one visit of a node. The tasks of a visit form seats, one per approver the
 * rule named; a seat's tasks run in {@code ordinal} order (transfers and added signers join the seat
 * of the task they came from), and the node's mode combines the seats.
 *
 * @param id unique across instances
 * @param tokenId the token at the node
 * @param nodeId the node
 * @param visit the visit of the node
 * @param seat the seat, in the order the rule named the approvers
 * @param ordinal the order within the seat
 * @param assigneeId who works on it
 * @param origin why it exists
 * @param status its state
 * @param automatic whether an edge rule or an escalation decided it rather than its assignee
 * @param openedAt when it was created
 * @param closedAt when it was decided or closed; null while open
 * @param pendingAt when it last came on the to-do list, from which its SLA counts; null before
 * @param reminders the SLA reminders sent since then
 * @param escalated whether the SLA's escalation was applied since then
 */
public record Task(String id, String tokenId, String nodeId, int visit, int seat, int ordinal, long assigneeId,
    TaskOrigin origin, TaskStatus status, boolean automatic, Instant openedAt, Instant closedAt, Instant pendingAt,
    int reminders, boolean escalated) {

  /** A task without SLA state. */
  public Task(String id, String tokenId, String nodeId, int visit, int seat, int ordinal, long assigneeId,
      TaskOrigin origin, TaskStatus status, boolean automatic, Instant openedAt, Instant closedAt) {
    this(id, tokenId, nodeId, visit, seat, ordinal, assigneeId, origin, status, automatic, openedAt, closedAt, null, 0,
        false);
  }

  /** The task in another state; a final state records the time, coming on the to-do list restarts the SLA. */
  Task in(TaskStatus newStatus, Instant at) {
    if (newStatus == TaskStatus.PENDING) {
      return new Task(id, tokenId, nodeId, visit, seat, ordinal, assigneeId, origin, newStatus, automatic, openedAt,
          null, at, 0, false);
    }
    return new Task(id, tokenId, nodeId, visit, seat, ordinal, assigneeId, origin, newStatus, automatic, openedAt,
        newStatus.open() ? null : at, pendingAt, reminders, escalated);
  }

  /** The task decided by an edge rule or an escalation. */
  Task decidedAutomatically(TaskStatus outcome, Instant at) {
    return new Task(id, tokenId, nodeId, visit, seat, ordinal, assigneeId, origin, outcome, true, openedAt, at,
        pendingAt, reminders, escalated);
  }

  /** The task approved by an edge rule. */
  Task approvedAutomatically(Instant at) {
    return decidedAutomatically(TaskStatus.APPROVED, at);
  }

  /** The task at another place in its seat. */
  Task withOrdinal(int newOrdinal) {
    return new Task(id, tokenId, nodeId, visit, seat, newOrdinal, assigneeId, origin, status, automatic, openedAt,
        closedAt, pendingAt, reminders, escalated);
  }

  /** The task after an SLA reminder. */
  Task reminded(int count) {
    return new Task(id, tokenId, nodeId, visit, seat, ordinal, assigneeId, origin, status, automatic, openedAt,
        closedAt, pendingAt, count, escalated);
  }

  /** The task once escalated. */
  Task escalatedNow() {
    return new Task(id, tokenId, nodeId, visit, seat, ordinal, assigneeId, origin, status, automatic, openedAt,
        closedAt, pendingAt, reminders, true);
  }
}
