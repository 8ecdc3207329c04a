package io.atrium.workflows.ui;

import io.atrium.sdk.security.CurrentUser;
import io.atrium.workflows.definition.ProcessDefinition;
import io.atrium.workflows.engine.ProcessInstance;
import io.atrium.workflows.engine.TrailKind;
import io.atrium.workflows.runtime.WorkflowsPermissions;
import java.util.Optional;

/**
 * Who may see an instance's page and printout: its submitter, everyone who had a task in it, the
 * people it was copied to (CC), the process's admins, and designers ({@code workflows:design}).
 */
final class InstanceViewers {

  private InstanceViewers() {
  }

  /** Whether the caller may see the instance. */
  static boolean maySee(ProcessInstance instance, Optional<ProcessDefinition> definition, long caller,
      CurrentUser user) {
    return instance.submitterId() == caller
        || instance.tasks().stream().anyMatch(t -> t.assigneeId() == caller)
        || instance.trail().stream().anyMatch(e -> e.kind() == TrailKind.CARBON_COPIED && e.people().contains(caller))
        || definition.map(d -> d.admins().contains(caller)).orElse(false)
        || user.isPermitted(WorkflowsPermissions.DESIGN);
  }
}
