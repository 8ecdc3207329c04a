package io.atrium.kernel.rest;

import io.atrium.kernel.security.AccountStore;
import io.atrium.kernel.security.AtriumPrincipal;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
}
