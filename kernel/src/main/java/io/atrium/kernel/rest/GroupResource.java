package io.atrium.kernel.rest;

import io.atrium.kernel.identity.GroupRecord;
import io.atrium.kernel.identity.IdentityStore;
import io.atrium.kernel.identity.OrgAdmin;
import io.atrium.kernel.security.KernelPermissions;
import io.atrium.kernel.security.policy.RoleAdmin;
import io.atrium.kernel.security.policy.RoleStore;
import io.atrium.kernel.validation.NotFoundException;
import io.atrium.sdk.security.AccessDeniedException;
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
import org.apache.shiro.SecurityUtils;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** User groups: people treated alike for approvals and role grants. */
@Path("v1/groups")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Groups", description = "User groups")
public class GroupResource {

  /** What a client sends; on PUT absent fields stay as they are. */
  public record GroupRequest(String name, String description, List<Long> memberIds, List<String> roles) {
  }

  @Inject
  IdentityStore identities;

  @Inject
  OrgAdmin orgAdmin;

  @Inject
  RoleAdmin roleAdmin;

  @Inject
  RoleStore roles;

  @Inject
  io.atrium.sdk.persistence.Transactions transactions;

  @GET
  @RequiresPermission(KernelPermissions.USERS_VIEW)
  @Operation(summary = "Lists the groups with their members and roles")
  public List<GroupRecord> list() {
    return identities.groups();
  }

  @GET
  @Path("{id}")
  @RequiresPermission(KernelPermissions.USERS_VIEW)
  @Operation(summary = "Shows one group")
  public GroupRecord get(@PathParam("id") long id) {
    return identities.group(id).orElseThrow(() -> new NotFoundException("notfound.group", id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(KernelPermissions.USERS_MANAGE)
  @Operation(summary = "Creates a group")
  public Response create(GroupRequest request) {
    GroupRequest body = UserResource.require(request);
    if (body.roles() != null && !SecurityUtils.getSubject().isPermitted(KernelPermissions.ROLES_MANAGE)) {
      throw new AccessDeniedException(KernelPermissions.ROLES_MANAGE);
    }
    GroupRecord created = transactions.required(() -> {
      GroupRecord group = orgAdmin.createGroup(body.name(), body.description(),
          body.memberIds() == null ? List.of() : body.memberIds());
      if (body.roles() != null) {
        roleAdmin.setGroupRoles(group.id(), roleIds(body.roles()));
      }
      return group;
    });
    return Response.created(URI.create("v1/groups/" + created.id())).entity(get(created.id())).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(KernelPermissions.USERS_MANAGE)
  @Operation(summary = "Renames a group or replaces its members; roles need atrium:roles:manage")
  public GroupRecord update(@PathParam("id") long id, GroupRequest request) {
    GroupRequest body = UserResource.require(request);
    if (body.roles() != null && !SecurityUtils.getSubject().isPermitted(KernelPermissions.ROLES_MANAGE)) {
      throw new AccessDeniedException(KernelPermissions.ROLES_MANAGE);
    }
    transactions.required(() -> {
      orgAdmin.updateGroup(id, body.name(), body.description(), body.memberIds());
      if (body.roles() != null) {
        roleAdmin.setGroupRoles(id, roleIds(body.roles()));
      }
      return null;
    });
    return get(id);
  }

  @DELETE
  @Path("{id}")
  @RequiresPermission(KernelPermissions.USERS_MANAGE)
  @Operation(summary = "Deletes a group")
  public Response delete(@PathParam("id") long id) {
    orgAdmin.deleteGroup(id);
    return Response.noContent().build();
  }

  private List<Long> roleIds(List<String> names) {
    return RoleNames.ids(roles, names);
  }

}
