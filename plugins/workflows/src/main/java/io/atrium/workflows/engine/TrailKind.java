package io.atrium.workflows.engine;

/** What a trail entry records. */
public enum TrailKind {
  STARTED,
  APPROVED,
  REJECTED,
  RETURNED,
  TRANSFERRED,
  SIGNER_ADDED_BEFORE,
  SIGNER_ADDED_AFTER,
  /** The assignee delegated a task. */
  DELEGATED,
  /** The assignee was out of office and the task went to their stand-in. */
  DELEGATED_OUT_OF_OFFICE,
  /** The one who delegated a task took it back. */
  RECLAIMED,
  /** The one who added a signer removed them. */
  SIGNER_REMOVED,
  RESUBMITTED,
  WITHDRAWN,
  /** An edge rule approved a task: the submitter's own, or a repeat of the previous approver. */
  AUTO_APPROVED,
  /** The rule named nobody (or only the submitter, skipped) and the node passed. */
  NODE_SKIPPED,
  /** The rule named nobody and the node went to the admins. */
  ROUTED_TO_ADMIN,
  /** The rule named nobody and the process ended rejected. */
  REJECTED_NOBODY,
  CARBON_COPIED,
  /** An automation node set a field or called an action. */
  AUTOMATED,
  /** A delay node holds the token until a moment. */
  DELAY_STARTED,
  /** A delay was over and the token moved on. */
  WOKEN,
  /** The SLA reminded the assignee of a pending task. */
  REMINDED,
  /** The SLA's escalation approved a pending task. */
  ESCALATION_APPROVED,
  /** The SLA's escalation rejected a pending task. */
  ESCALATION_REJECTED,
  /** The SLA's escalation moved a pending task to the assignee's manager. */
  ESCALATION_TRANSFERRED,
  /** The SLA's escalation told the process's admins about a pending task. */
  ESCALATION_NOTIFIED,
  ENDED
}
