package io.atrium.kernel.rest;

import io.atrium.kernel.security.AccountStore;
import io.atrium.kernel.security.AtriumPrincipal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import io.atrium.kernel.security.Account;
import io.atrium.kernel.security.Passwords;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the caller is. */
@Path("v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "The caller")
public class MeResource {

  /** The caller, their roles and permissions. */
  public record Me(String username, String displayName, Set<String> roles, Set<String> permissions) {
  }

  /** A password change: the current password and the new one. */
  public record PasswordChange(String currentPassword, String newPassword) {
  }

  @Inject
  AccountStore accounts;

  @GET
  @Authenticated
  @Operation(summary = "Shows the caller, their roles and permissions")
  public Me me() {
    AtriumPrincipal principal = TokenResource.caller();
    String displayName = accounts.findById(principal.userId()).map(a -> a.displayName()).orElse(principal.username());
    return new Me(principal.username(), displayName, accounts.roles(principal.userId()),
        accounts.permissions(principal.userId()));
  }

  @POST
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Authenticated
  @Operation(summary = "Changes the caller's password; the current one must be given")
  public Response changePassword(PasswordChange change) {
    AtriumPrincipal principal = TokenResource.caller();
    Account account = accounts.findById(principal.userId()).orElseThrow();
    if (change == null || change.currentPassword() == null
        || !Passwords.matches(change.currentPassword(), account.passwordHash())) {
      return Problem.of(Response.Status.FORBIDDEN, "The current password is wrong.");
    }
    String weakness = Passwords.weakness(change.newPassword(), account.username());
    new io.atrium.kernel.validation.Problems().check(weakness != null, "newPassword", weakness, Passwords.MIN_LENGTH,
        Passwords.MAX_LENGTH).throwIfAny();
    accounts.changePassword(account.id(), Passwords.hash(change.newPassword()));
    return Response.noContent().build();
  }
}
