package io.atrium.sdk.workflow;

/** A {@link WorkflowAction} could not do its work; the message says why, for the process's admin. */
public class WorkflowActionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A failure with a message. */
  public WorkflowActionException(String message) {
    super(message);
  }

  /** A failure with a message and its cause. */
  public WorkflowActionException(String message, Throwable cause) {
    super(message, cause);
  }
}
