package io.atrium.workflows.engine;

/** A task's state. */
public enum TaskStatus {
  /** Not its turn yet: a later approver of a sequential node, or one waiting for a signer added before. */
  WAITING,
  /** On the assignee's to-do list. */
  PENDING,
  /** Approved (or, at the start node, submitted again). */
  APPROVED,
  /** Rejected. */
  REJECTED,
  /** Handed to someone else, whose task replaces it. */
  TRANSFERRED,
  /** Delegated: the delegate's task, next in the seat, decides; taken back, it is pending again. */
  DELEGATED,
  /** Its assignee returned the record to an earlier node. */
  RETURNED,
  /** Closed without a decision: the node was decided, the record returned, the instance ended. */
  CANCELLED;

  /** Whether the task still waits for its assignee. */
  public boolean open() {
    return this == WAITING || this == PENDING;
  }
}
