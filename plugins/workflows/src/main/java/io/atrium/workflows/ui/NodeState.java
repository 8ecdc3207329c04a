package io.atrium.workflows.ui;

/** Where a node of the diagram stands for one instance. */
public enum NodeState {
  /** Visited, or behind a node that was. */
  PASSED,
  /** A token is at it now. */
  CURRENT,
  /** A condition branch (its nodes) the instance did not take. */
  UNTAKEN,
  /** Not reached (yet). */
  AHEAD
}
