package io.atrium.workflows.runtime;

import io.atrium.workflows.WorkflowsException;
import io.atrium.workflows.WorkflowsMessage;

/** The request clashes with what is stored (a process that exists, a record already in approval); REST answers 409. */
public class WorkflowsConflictException extends WorkflowsException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public WorkflowsConflictException(WorkflowsMessage reason) {
    super(reason);
  }
}
