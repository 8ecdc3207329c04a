package io.atrium.workflows.runtime;

import io.atrium.workflows.WorkflowsException;
import io.atrium.workflows.WorkflowsMessage;

/** There is no process, instance or task of the id asked for; REST answers 404. */
public class WorkflowsNotFoundException extends WorkflowsException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public WorkflowsNotFoundException(WorkflowsMessage reason) {
    super(reason);
  }
}
