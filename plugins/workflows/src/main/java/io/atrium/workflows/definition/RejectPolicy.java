package io.atrium.workflows.definition;

/** What a reject at an approver node does. */
public enum RejectPolicy {
  /** The process ends and the record is rejected. */
  END,
  /** The record goes back to the submitter, who may change it and submit again. */
  BACK_TO_SUBMITTER
}
