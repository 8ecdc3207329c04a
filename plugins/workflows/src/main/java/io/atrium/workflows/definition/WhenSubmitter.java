package io.atrium.workflows.definition;

/** What an approver node does when the submitter is one of its approvers. */
public enum WhenSubmitter {
  /** The submitter is left out (the node passes if nobody else is left). */
  SKIP,
  /** The submitter's task is approved by itself at once. */
  SELF_APPROVE,
  /** The submitter's direct manager approves instead. */
  MANAGER
}
