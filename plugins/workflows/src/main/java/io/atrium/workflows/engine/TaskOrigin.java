package io.atrium.workflows.engine;

/** Why a task exists. */
public enum TaskOrigin {
  /** The node's approver rule named the assignee. */
  RULE,
  /** The rule named nobody and the process's admin takes over. */
  ADMIN,
  /** Transferred from another task. */
  TRANSFER,
  /** A signer added before the one who added them. */
  ADDED_BEFORE,
  /** A signer added after the one who added them. */
  ADDED_AFTER,
  /** Delegated by the assignee, who may take it back. */
  DELEGATION,
  /** Delegated for the assignee, who is out of office, to the stand-in they named. */
  OUT_OF_OFFICE,
  /** The SLA's escalation moved it from the assignee to their manager. */
  ESCALATION,
  /** The record was handed back to the submitter, who submits it again. */
  RESUBMIT
}
