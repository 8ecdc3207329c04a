package io.atrium.kernel.rest;

import io.atrium.kernel.identity.DirectoryService;
import io.atrium.kernel.identity.IdentityStore;
import io.atrium.kernel.identity.OrgAdmin;
import io.atrium.kernel.identity.UserInput;
import io.atrium.kernel.identity.UserQuery;
import io.atrium.kernel.identity.UserRecord;
import io.atrium.kernel.security.KernelPermissions;
import io.atrium.kernel.security.policy.RoleAdmin;
import io.atrium.kernel.security.policy.RoleStore;
import io.atrium.kernel.validation.NotFoundException;
import io.atrium.kernel.validation.Problems;
import io.atrium.sdk.identity.UserStatus;
import io.atrium.sdk.persistence.Transactions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** People: list, create, change, mark as left, set passwords and roles. */
@Path("v1/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "People of the organisation and their accounts")
public class UserResource {

  /**
   * A user as the API shows it.
   *
   * @param version pass it back on PUT to be told when someone else changed the user meanwhile
   */
  public record UserView(long id, String username, String displayName, String email, String mobile,
      Long departmentId, String departmentName, String position, Long managerId, String status, String locale,
      String source, boolean hasPassword, List<String> roles, Instant createdAt, long version) {
  }

  /** A page of users. */
  public record UserPage(List<UserView> items, long total, int offset, int limit) {
  }

  /**
   * What a client sends to create or change a user. On PUT, absent fields stay as they are; an
   * empty string clears an optional text; 0 clears departmentId or managerId.
   */
  public record UserRequest(String username, String displayName, String password, String email, String mobile,
      Long departmentId, String position, Long managerId, String status, String locale, List<String> roles,
      Long version) {
  }

  /** A new password set by an administrator. */
  public record PasswordRequest(String password) {
  }

  /** The roles a user holds directly, by name. */
  public record RolesRequest(List<String> roles) {
  }

  @Inject
  IdentityStore identities;

  @Inject
  DirectoryService directory;

  @Inject
  OrgAdmin orgAdmin;

  @Inject
  RoleAdmin roleAdmin;

  @Inject
  RoleStore roles;

  @Inject
  Transactions transactions;

  @GET
  @RequiresPermission(KernelPermissions.USERS_VIEW)
  @Operation(summary = "Lists people, filtered by text, department and status, ordered by name")
  public UserPage list(@QueryParam("q") String text, @QueryParam("departmentId") Long departmentId,
      @QueryParam("subtree") @DefaultValue("false") boolean subtree, @QueryParam("status") String status,
      @QueryParam("offset") @DefaultValue("0") int offset, @QueryParam("limit") @DefaultValue("50") int limit) {
    UserQuery query = new UserQuery(text, departmentId, subtree, status(status, "status"), offset, limit);
    Collection<Long> departments = departmentId == null ? null
        : subtree ? directory.tree().subtreeIds(departmentId) : Set.of(departmentId);
    List<UserView> items = identities.users(query, departments).stream().map(this::view).toList();
    return new UserPage(items, identities.countUsers(query, departments), query.offset(), query.limit());
  }

  @GET
  @Path("{id}")
  @RequiresPermission(KernelPermissions.USERS_VIEW)
  @Operation(summary = "Shows one person")
  @APIResponse(responseCode = "404", description = "No such user")
  public UserView get(@PathParam("id") long id) {
    return view(identities.user(id).orElseThrow(() -> new NotFoundException("notfound.user", id)));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(KernelPermissions.USERS_MANAGE)
  @Operation(summary = "Creates a person; with a password they can sign in at once")
  @APIResponse(responseCode = "201", description = "Created; Location names the new user")
  @APIResponse(responseCode = "422", description = "The input breaks a rule; errors name the fields")
  public Response create(UserRequest request) {
    UserRequest body = require(request);
    requireRolesPermission(body);
    UserRecord created = transactions().required(() -> {
      UserRecord user = orgAdmin.createUser(input(body));
      if (body.roles() != null) {
        roleAdmin.setUserRoles(user.id(), roleIds(body.roles()));
      }
      return user;
    });
    return Response.created(URI.create("v1/users/" + created.id())).entity(view(created)).build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(KernelPermissions.USERS_MANAGE)
  @Operation(summary = "Changes a person; absent fields stay as they are")
  @APIResponse(responseCode = "409", description = "Someone else changed the user since the given version")
  public UserView update(@PathParam("id") long id, UserRequest request) {
    UserRequest body = require(request);
    requireRolesPermission(body);
    return view(transactions().required(() -> {
      UserRecord user = orgAdmin.updateUser(id, body.version(), input(body));
      if (body.roles() != null) {
        roleAdmin.setUserRoles(id, roleIds(body.roles()));
      }
      return user;
    }));
  }

  @DELETE
  @Path("{id}")
  @RequiresPermission(KernelPermissions.USERS_MANAGE)
  @Operation(summary = "Marks a person as having left: kept for history, signed out, tokens revoked")
  public Response leave(@PathParam("id") long id) {
    orgAdmin.markLeft(id);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/password")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(KernelPermissions.USERS_MANAGE)
  @Operation(summary = "Sets a person's password")
  public Response setPassword(@PathParam("id") long id, PasswordRequest request) {
    orgAdmin.setPassword(id, request == null ? null : request.password());
    return Response.noContent().build();
  }

  @PUT
  @Path("{id}/roles")
  @Consumes(MediaType.APPLICATION_JSON)
  @RequiresPermission(KernelPermissions.ROLES_MANAGE)
  @Operation(summary = "Replaces the roles a person holds directly")
  public UserView setRoles(@PathParam("id") long id, RolesRequest request) {
    roleAdmin.setUserRoles(id, roleIds(request == null || request.roles() == null ? List.of() : request.roles()));
    return get(id);
  }

  private static void requireRolesPermission(UserRequest body) {
    if (body.roles() != null
        && !org.apache.shiro.SecurityUtils.getSubject().isPermitted(KernelPermissions.ROLES_MANAGE)) {
      throw new io.atrium.sdk.security.AccessDeniedException(KernelPermissions.ROLES_MANAGE);
    }
  }

  private UserView view(UserRecord user) {
    String departmentName = user.departmentId() == null ? null
        : directory.tree().get(user.departmentId()).map(d -> d.name()).orElse(null);
    List<String> roleNames = new ArrayList<>();
    for (Long roleId : roles.directRoleIds(user.id())) {
      roles.role(roleId).ifPresent(r -> roleNames.add(r.name()));
    }
    return new UserView(user.id(), user.username(), user.displayName(), user.email(), user.mobile(),
        user.departmentId(), departmentName, user.position(), user.managerId(), user.status().name(), user.locale(),
        user.externalSource(), user.hasPassword(), roleNames, user.createdAt(), user.version());
  }

  private List<Long> roleIds(List<String> names) {
    return RoleNames.ids(roles, names);
  }


  private static UserInput input(UserRequest request) {
    return new UserInput(request.username(), request.displayName(), request.email(), request.mobile(),
        request.departmentId(), request.position(), request.managerId(), status(request.status(), "status"),
        request.locale(), request.password());
  }

  static UserStatus status(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return UserStatus.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      new Problems().add(field, "validation.status.unknown", text, java.util.Arrays.toString(UserStatus.values()))
          .throwIfAny();
      return null;
    }
  }

  static <T> T require(T body) {
    if (body == null) {
      new Problems().add("", "validation.body.missing").throwIfAny();
    }
    return body;
  }

  private Transactions transactions() {
    return transactions;
  }
}
