package io.atrium.workflows.approver;

/** Bounds of the org-chart rules. */
final class Limits {

  /** The deepest org chart a rule may climb; also what "to the top" of a manager chain means. */
  static final int MAX_LEVELS = 20;

  private Limits() {
  }
}
