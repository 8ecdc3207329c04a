package io.atrium.workflows.engine;

/** Where an instance stands. */
public enum InstanceStatus {
  /** Tasks are open, or the record is back with the submitter. */
  RUNNING,
  /** The end node was reached. */
  APPROVED,
  /** A reject, or an edge rule, ended it. */
  REJECTED,
  /** The submitter took it back. */
  WITHDRAWN
}
