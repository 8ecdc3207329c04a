package io.atrium.workflows.engine;

/** What a token is doing. */
public enum TokenState {
  /** At a node, working or about to. */
  ACTIVE,
  /** At a parallel node, waiting for its branch tokens (join). */
  JOINING,
  /** Its parallel branch finished. */
  DONE,
  /** Ended early: the instance ended, or a return went back past its parallel node. */
  CANCELLED
}
