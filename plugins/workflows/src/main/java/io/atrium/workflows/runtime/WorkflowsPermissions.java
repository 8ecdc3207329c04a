package io.atrium.workflows.runtime;

/** The permissions of workflows. Acting on tasks needs none: only a task's assignee may act on it. */
public final class WorkflowsPermissions {

  /** Create, change and publish process definitions; read every instance. */
  public static final String DESIGN = "workflows:design";

  private WorkflowsPermissions() {
  }
}
