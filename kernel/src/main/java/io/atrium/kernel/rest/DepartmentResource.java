package io.atrium.kernel.rest;

import io.atrium.kernel.identity.DepartmentRecord;
import io.atrium.kernel.identity.DirectoryService;
import io.atrium.kernel.identity.IdentityStore;
import io.atrium.kernel.identity.OrgAdmin;
import io.atrium.kernel.identity.OrgTree;
import io.atrium.kernel.security.KernelPermissions;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The org chart's departments. */
@Path("v1/departments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Departments", description = "The department tree")
public class DepartmentResource {

  /** A department with its place in the tree. */
  public record DepartmentView(long id, String name, Long parentId, Long headId, int sortOrder, int depth, String path,
      long members, String source, long version) {
  }

  /** What a client sends; on PUT absent fields stay, parentId 0 moves to the top, headId 0 clears the head. */
  public record DepartmentRequest(String name, Long parentId, Long headId, Integer sortOrder, Long version) {
  }

  @Inject
  DirectoryService directory;

  @Inject
  IdentityStore identities;

  @Inject
  OrgAdmin orgAdmin;

  @GET
  @RequiresPermission(KernelPermissions.USERS_VIEW)
  @Operation(summary = "Lists every department, parents before their children")
  public List<DepartmentView> list() {
    OrgTree tree = directory.tree();
    return tree.depthFirst().stream().map(d -> view(tree, d)).toList();
  }

  @GET
  @Path("{id}")
  @RequiresPermission(KernelPermissions.USERS_VIEW)
  @Operation(summary = "Shows one department")
  @APIResponse(responseCode = "404", description = "No such department")
  public DepartmentView get(@PathParam("id") long id) {
    OrgTree tree = directory.tree();
    return view(tree, tree.get(id).orElseThrow(() -> new NotFoundException("notfound.department", id)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(KernelPermissions.USERS_MANAGE)
  @Operation(summary = "Creates a department; without parentId it is a top-level one")
  @APIResponse(responseCode = "201", description = "Created")
  public Response create(DepartmentRequest request) {
    DepartmentRequest body = UserResource.require(request);
    DepartmentRecord created = orgAdmin.createDepartment(body.name(), zeroToNull(body.parentId()), zeroToNull(body.headId()),
        body.sortOrder());
    return Response.created(URI.create("v1/departments/" + created.id())).entity(get(created.id())).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(KernelPermissions.USERS_MANAGE)
  @Operation(summary = "Renames, moves or changes the head of a department")
  @APIResponse(responseCode = "409", description = "Someone else changed it since the given version")
  public DepartmentView update(@PathParam("id") long id, DepartmentRequest request) {
    DepartmentRequest body = UserResource.require(request);
    orgAdmin.updateDepartment(id, body.version(), body.name(), body.parentId(), body.headId(), body.sortOrder());
    return get(id);
  }

  @DELETE
  @Path("{id}")
  @RequiresPermission(KernelPermissions.USERS_MANAGE)
  @Operation(summary = "Deletes a department without sub-departments and members")
  @APIResponse(responseCode = "409", description = "It still has sub-departments or members")
  public Response delete(@PathParam("id") long id) {
    orgAdmin.deleteDepartment(id);
    return Response.noContent().build();
  }

  private DepartmentView view(OrgTree tree, DepartmentRecord department) {
    return new DepartmentView(department.id(), department.name(), department.parentId(), department.headId(),
        department.sortOrder(), tree.depth(department.id()), tree.path(department.id()),
        identities.countMembers(department.id()), department.externalSource(), department.version());
  }

  private static Long zeroToNull(Long id) {
    return id == null || id == 0 ? null : id;
  }
}
