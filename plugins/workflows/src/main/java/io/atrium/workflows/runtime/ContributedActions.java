package io.atrium.workflows.runtime;

import io.atrium.sdk.workflow.WorkflowAction;
import io.atrium.workflows.action.ActionRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The actions plugins contribute, for automation nodes and rules' call-action: they come and go with their services. */
@Component(service = ContributedActions.class)
public class ContributedActions {

  private final ActionRegistry registry = new ActionRegistry();

  /** An action came up. */
  @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeAction")
  void addAction(WorkflowAction action) {
    registry.add(action);
  }

  /** An action went away. */
  void removeAction(WorkflowAction action) {
    registry.remove(action);
  }

  /** The registry. */
  public ActionRegistry registry() {
    return registry;
  }
}
