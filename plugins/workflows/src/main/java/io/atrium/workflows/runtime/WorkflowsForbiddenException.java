package io.atrium.workflows.runtime;

import io.atrium.workflows.WorkflowsException;
import io.atrium.workflows.WorkflowsMessage;

/** The caller may not do this to that task or instance (not its assignee, not the submitter); REST answers 403. */
public class WorkflowsForbiddenException extends WorkflowsException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public WorkflowsForbiddenException(WorkflowsMessage reason) {
    super(reason);
  }
}
