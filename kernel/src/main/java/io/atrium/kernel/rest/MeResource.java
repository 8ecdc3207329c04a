package io.atrium.kernel.rest;

import io.atrium.kernel.audit.Audit;
import io.atrium.kernel.audit.AuditEvent;
import io.atrium.kernel.identity.DirectoryService;
import io.atrium.kernel.identity.IdentityStore;
import io.atrium.kernel.identity.OrgAdmin;
import io.atrium.kernel.identity.UserInput;
import io.atrium.kernel.identity.UserRecord;
import io.atrium.kernel.security.Account;
import io.atrium.kernel.security.AccountStore;
import io.atrium.kernel.security.AtriumPrincipal;
import io.atrium.kernel.security.Passwords;
import io.atrium.kernel.security.SessionRegistry;
import io.atrium.kernel.security.policy.CompiledPolicy;
import io.atrium.kernel.security.policy.PolicyService;
import io.atrium.kernel.security.policy.RoleStore;
import io.atrium.kernel.validation.ConflictException;
import io.atrium.kernel.validation.Problems;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the caller is, and what they may change about themselves. */
@Path("v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "The caller")
public class MeResource {

  /**
   * The caller, their roles and the permission patterns those grant.
   *
   * @param tokenScopes when signed in with a scoped token, what it is limited to; else null
   */
  public record Me(long id, String username, String displayName, String email, String mobile, Long departmentId,
      String departmentName, String position, String locale, Set<String> roles, Set<String> permissions,
      Set<String> tokenScopes) {
  }

  /** What a user may change about themselves; absent fields stay as they are. */
  public record ProfileChange(String email, String mobile, String locale) {
  }

  /** A password change: the current password and the new one. */
  public record PasswordChange(String currentPassword, String newPassword) {
  }

  @Inject
  AccountStore accounts;

  @Inject
  IdentityStore identities;

  @Inject
  DirectoryService directory;

  @Inject
  PolicyService policies;

  @Inject
  RoleStore roles;

  @Inject
  OrgAdmin orgAdmin;

  @Inject
  SessionRegistry sessions;

  @Inject
  Audit audit;

  @GET
  @Authenticated
  @Operation(summary = "Shows the caller, their roles and the permissions they hold")
  public Me me() {
    AtriumPrincipal principal = TokenResource.caller();
    UserRecord user = identities.user(principal.userId()).orElseThrow();
    CompiledPolicy policy = policies.policy(principal.userId());
    Set<String> permissions = new TreeSet<>();
    for (Long roleId : roles.effectiveRoleIds(principal.userId())) {
      roles.role(roleId).ifPresent(role -> permissions.addAll(role.permissions()));
    }
    String departmentName = user.departmentId() == null ? null
        : directory.tree().get(user.departmentId()).map(d -> d.name()).orElse(null);
    return new Me(user.id(), user.username(), user.displayName(), user.email(), user.mobile(), user.departmentId(),
        departmentName, user.position(), user.locale(), policy.roleNames(), permissions, principal.tokenScopes());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Authenticated
  @Operation(summary = "Changes the caller's e-mail, mobile number or language")
  public Me change(ProfileChange change) {
    ProfileChange body = UserResource.require(change);
    orgAdmin.updateUser(TokenResource.caller().userId(), null, new UserInput(null, null, body.email(), body.mobile(),
        null, null, null, null, body.locale(), null));
    return me();
  }

  @POST
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Authenticated
  @Operation(summary = "Changes the caller's password; the current one must be given. Ends the caller's sessions.")
  public Response changePassword(PasswordChange change) {
    AtriumPrincipal principal = TokenResource.caller();
    Account account = accounts.findById(principal.userId()).orElseThrow();
    if (account.passwordHash() == null) {
      throw new ConflictException("conflict.password.external");
    }
    if (change == null || change.currentPassword() == null
        || !Passwords.matches(change.currentPassword(), account.passwordHash())) {
      new Problems().add("currentPassword", "password.wrong").throwIfAny();
    }
    String weakness = Passwords.weakness(change.newPassword(), account.username());
    new Problems().check(weakness != null, "newPassword", weakness, Passwords.MIN_LENGTH, Passwords.MAX_LENGTH)
        .throwIfAny();
    identities.setPassword(account.id(), Passwords.hash(change.newPassword()), java.time.Instant.now());
    // a REST caller has no browser session of its own: every browser session counts as another one
    int ended = sessions.endAllOf(account.id(), null);
    audit.record(AuditEvent.admin("user.password.change", "user", account.id(), Map.of(),
        Map.of("password", "changed", "sessionsEnded", ended)));
    return Response.noContent().build();
  }
}
