package io.atrium.workflows.rest;

import io.atrium.sdk.rest.RestResource;
import io.atrium.workflows.rules.rest.RulesResource;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/workflows}: the definitions, instances, tasks, out-of-office and rules resources under one path. */
@Component(service = RestResource.class)
@Produces(MediaType.APPLICATION_JSON)
public class WorkflowsResource implements RestResource {

  private final DefinitionsResource definitions;
  private final InstancesResource instances;
  private final TasksResource tasks;
  private final RulesResource rules;
  private final OutOfOfficeResource outOfOffice;

  /** Declarative Services injects the sub-resources. */
  @Activate
  public WorkflowsResource(@Reference DefinitionsResource definitions, @Reference InstancesResource instances,
      @Reference TasksResource tasks, @Reference RulesResource rules, @Reference OutOfOfficeResource outOfOffice) {
    this.definitions = definitions;
    this.instances = instances;
    this.tasks = tasks;
    this.rules = rules;
    this.outOfOffice = outOfOffice;
  }

  @Override
  public String path() {
    return "workflows";
  }

  /** {@code definitions}: {@link DefinitionsResource}. */
  @Path("definitions")
  public DefinitionsResource definitions() {
    return definitions;
  }

  /** {@code instances}: {@link InstancesResource}. */
  @Path("instances")
  public InstancesResource instances() {
    return instances;
  }

  /** {@code tasks}: {@link TasksResource}. */
  @Path("tasks")
  public TasksResource tasks() {
    return tasks;
  }

  /** {@code out-of-office}: {@link OutOfOfficeResource}. */
  @Path("out-of-office")
  public OutOfOfficeResource outOfOffice() {
    return outOfOffice;
  }

  /** {@code rules}: {@link RulesResource}. */
  @Path("rules")
  public RulesResource rules() {
    return rules;
  }
}
