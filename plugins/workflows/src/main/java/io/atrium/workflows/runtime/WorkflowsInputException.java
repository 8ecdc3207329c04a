package io.atrium.workflows.runtime;

import io.atrium.workflows.WorkflowsException;
import io.atrium.workflows.WorkflowsMessage;

/** A well-formed request names something unusable (a malformed record reference, a record of another source); REST answers 422. */
public class WorkflowsInputException extends WorkflowsException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public WorkflowsInputException(WorkflowsMessage reason) {
    super(reason);
  }
}
