package io.atrium.kernel.rest;

import io.atrium.kernel.security.AccountStore;
import io.atrium.kernel.security.ApiToken;
import io.atrium.kernel.security.AtriumPrincipal;
import io.atrium.kernel.time.KernelClock;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own API tokens. */
@Path("v1/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API tokens", description = "Tokens for scripts and integrations")
public class TokenResource {

  /** What a caller asks for. */
  public record TokenRequest(String name, Integer expiresInDays) {
  }

  /** A new token; {@code token} is shown this once. */
  public record IssuedTokenView(String id, String name, Instant createdAt, Instant expiresAt, String token) {
  }

  @Inject
  AccountStore accounts;

  @Inject
  KernelClock clock;

  @GET
  @Authenticated
  @Operation(summary = "Lists the caller's tokens (never their secrets)")
  public List<ApiToken> list() {
    return accounts.tokens(caller().userId());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Authenticated
  @Operation(summary = "Creates a token for the caller; the secret is in the answer and never shown again")
  public Response create(TokenRequest request) {
    String name = request == null || request.name() == null ? "" : request.name().strip();
    if (name.isEmpty() || name.length() > 100) {
      throw new IllegalArgumentException("Give the token a name of 1 to 100 characters.");
    }
    int days = request.expiresInDays() == null ? 90 : request.expiresInDays();
    if (days < 1 || days > 3650) {
      throw new IllegalArgumentException("expiresInDays must be between 1 and 3650.");
    }
    Instant now = clock.now();
    AccountStore.IssuedToken issued = accounts.issueToken(caller().userId(), name, now,
        now.plus(Duration.ofDays(days)));
    return Response.status(Response.Status.CREATED).entity(new IssuedTokenView(issued.token().id(), name, now,
        issued.token().expiresAt(), issued.secret())).build();
  }

  @DELETE
  @Path("{id}")
  @Authenticated
  @Operation(summary = "Revokes one of the caller's tokens")
  public Response revoke(@PathParam("id") String id) {
    if (!accounts.revokeToken(caller().userId(), id, clock.now())) {
      return Problem.of(Response.Status.NOT_FOUND, "You have no token with id " + id + ".");
    }
    return Response.noContent().build();
  }

  static AtriumPrincipal caller() {
    return (AtriumPrincipal) SecurityUtils.getSubject().getPrincipal();
  }
}
