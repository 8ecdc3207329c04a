package io.atrium.workflows.engine;

import io.atrium.workflows.WorkflowsException;
import io.atrium.workflows.WorkflowsMessage;

/** The instance changed since the caller read it: someone else acted first. Reload and try again. */
public class StaleInstanceException extends WorkflowsException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public StaleInstanceException(String instanceId, long expected, long actual) {
    super(WorkflowsMessage.of("workflows.engine.stale", instanceId, expected, actual));
  }
}
