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

  /**
   * What a caller asks for.
   *
   * @param name what the token is for
   * @param expiresInDays 1 to 3650, default 90
   * @param scopes permission patterns the token is limited to (e.g. {@code atrium:audit:view});
   *     empty or missing: all of the caller's permissions
   */
  public record TokenRequest(String name, Integer expiresInDays, List<String> scopes) {
  }

  /** A scope: a permission pattern without alternatives (the scopes are stored comma-separated). */
  private static final java.util.regex.Pattern SCOPE =
      java.util.regex.Pattern.compile("\\*|[a-z*][a-z0-9*_-]*(:[a-z0-9*][a-z0-9*_-]*){0,3}");

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
  @Operation(summary = "Creates a token for the caller, optionally limited to some permissions (scopes); the "
      + "secret is in the answer and never shown again")
  public Response create(TokenRequest request) {
    String name = request == null || request.name() == null ? "" : request.name().strip();
    if (name.isEmpty() || name.length() > 100) {
      throw new IllegalArgumentException("Give the token a name of 1 to 100 characters.");
    }
    int days = request.expiresInDays() == null ? 90 : request.expiresInDays();
    if (days < 1 || days > 3650) {
      throw new IllegalArgumentException("expiresInDays must be between 1 and 3650.");
    }
    java.util.Set<String> scopes = new java.util.TreeSet<>();
    for (String scope : request.scopes() == null ? List.<String>of() : request.scopes()) {
      String clean = scope == null ? "" : scope.strip();
      if (!SCOPE.matcher(clean).matches()) {
        throw new IllegalArgumentException("A scope is a permission such as atrium:audit:view, not '" + clean + "'.");
      }
      scopes.add(clean);
    }
    Instant now = clock.now();
    AccountStore.IssuedToken issued = accounts.issueToken(caller().userId(), name, now,
        now.plus(Duration.ofDays(days)), scopes.isEmpty() ? null : scopes);
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
