package io.atrium.workflows.runtime;

import io.atrium.sdk.security.PermissionContribution;
import io.atrium.sdk.security.PermissionDefinition;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/** Declares designing processes, so that roles can grant it. */
@Component(service = PermissionContribution.class)
public class WorkflowsPermissionContribution implements PermissionContribution {

  @Override
  public List<PermissionDefinition> permissions() {
    return List.of(PermissionDefinition.of(WorkflowsPermissions.DESIGN, "workflows.permission.design"));
  }
}
