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
  ENDED
}
