package io.atrium.kernel.rest;

import io.atrium.kernel.Kernel;
import io.atrium.kernel.security.KernelPermissions;
import io.atrium.kernel.security.policy.RoleAdmin;
import io.atrium.kernel.security.policy.RoleRecord;
import io.atrium.kernel.security.policy.RoleStore;
import io.atrium.kernel.ui.UiRegistry;
import io.atrium.kernel.validation.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Roles, what they grant, and the permissions there are to grant. */
@Path("v1/roles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Roles", description = "Roles, permissions, row scopes and field access")
public class RoleResource {

  @Inject
  RoleStore roles;

  @Inject
  RoleAdmin admin;

  @Inject
  Kernel kernel;

  @Inject
  UiRegistry ui;

  @GET
  @RequiresPermission(KernelPermissions.USERS_VIEW)
  @Operation(summary = "Lists the roles with everything they grant")
  public List<RoleRecord> list() {
    return roles.roles();
  }

  @GET
  @Path("{id}")
  @RequiresPermission(KernelPermissions.USERS_VIEW)
  @Operation(summary = "Shows one role")
  public RoleRecord get(@PathParam("id") long id) {
    return roles.role(id).orElseThrow(() -> new NotFoundException("notfound.role", id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(KernelPermissions.ROLES_MANAGE)
  @Operation(summary = "Creates a role: permissions, row scopes per resource and action, field access per field")
  public Response create(RoleAdmin.RoleInput request) {
    RoleRecord created = admin.create(UserResource.require(request));
    return Response.created(URI.create("v1/roles/" + created.id())).entity(created).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(KernelPermissions.ROLES_MANAGE)
  @Operation(summary = "Changes a role; absent parts stay as they are")
  public RoleRecord update(@PathParam("id") long id, RoleAdmin.RoleInput request) {
    return admin.update(id, UserResource.require(request));
  }

  @DELETE
  @Path("{id}")
  @RequiresPermission(KernelPermissions.ROLES_MANAGE)
  @Operation(summary = "Deletes a role; its holders lose it")
  public Response delete(@PathParam("id") long id) {
    admin.delete(id);
    return Response.noContent().build();
  }
}
