package io.atrium.workflows.engine;

/** The record's approval status, which the caller writes with the engine's state. */
public enum ApprovalStatus {
  /** Not submitted, or handed back to the submitter to change and submit again. */
  DRAFT,
  /** Approvers are working on it. */
  IN_APPROVAL,
  /** Approved at the end node. */
  APPROVED,
  /** Rejected. */
  REJECTED,
  /** Withdrawn by the submitter. */
  WITHDRAWN
}
