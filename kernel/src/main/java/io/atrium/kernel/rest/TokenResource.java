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
import io.atrium.kernel.security.KernelPermissions;
import io.atrium.kernel.validation.NotFoundException;
import io.atrium.kernel.validation.Problems;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
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
   * @param scopes permission patterns the token is limited to (within the caller's own); absent: all of them
   */
  public record TokenRequest(String name, Integer expiresInDays, List<String> scopes) {
  }

  /** A new token; {@code token} is shown this once. */
  public record IssuedTokenView(String id, String name, Instant createdAt, Instant expiresAt, List<String> scopes,
      String token) {
  }

  /** A scope is a permission pattern like {@code forms:leads:*}, without alternatives: scopes are stored comma-separated. */
  private static final Pattern SCOPE = Pattern.compile("\\*|[a-z*][a-z0-9*_-]*(:[a-z0-9*][a-z0-9*_-]*){0,3}");

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
    Problems problems = new Problems();
    problems.check(name.isEmpty() || name.length() > 100, "name", "validation.token.name");
    int days = request == null || request.expiresInDays() == null ? 90 : request.expiresInDays();
    problems.check(days < 1 || days > 3650, "expiresInDays", "validation.token.days");
    Set<String> scopes = null;
    if (request != null && request.scopes() != null && !request.scopes().isEmpty()) {
      scopes = new LinkedHashSet<>();
      for (String scope : request.scopes()) {
        String clean = scope == null ? "" : scope.strip();
        if (!SCOPE.matcher(clean).matches()) {
          problems.add("scopes", "validation.permission.format", clean);
        } else {
          scopes.add(clean);
        }
      }
    }
    problems.throwIfAny();
    Instant now = clock.now();
    AccountStore.IssuedToken issued = accounts.issueToken(caller().userId(), name, now,
        now.plus(Duration.ofDays(days)), scopes);
    return Response.status(Response.Status.CREATED).entity(new IssuedTokenView(issued.token().id(), name, now,
        issued.token().expiresAt(), issued.token().scopes(), issued.secret())).build();
  }

  @DELETE
  @Path("{id}")
  @Authenticated
  @Operation(summary = "Revokes one of the caller's tokens")
  public Response revoke(@PathParam("id") String id) {
    if (!accounts.revokeToken(caller().userId(), id, clock.now())) {
      throw new NotFoundException("notfound.token", id);
    }
    return Response.noContent().build();
  }

  @GET
  @Path("all")
  @RequiresPermission(KernelPermissions.TOKENS_MANAGE)
  @Operation(summary = "Lists everyone's tokens that are not revoked (never their secrets)")
  public List<ApiToken> all() {
    return accounts.allTokens();
  }

  @DELETE
  @Path("all/{id}")
  @RequiresPermission(KernelPermissions.TOKENS_MANAGE)
  @Operation(summary = "Revokes anyone's token")
  public Response revokeAny(@PathParam("id") String id) {
    if (!accounts.revokeAnyToken(id, clock.now())) {
      throw new NotFoundException("notfound.token", id);
    }
    return Response.noContent().build();
  }

  static AtriumPrincipal caller() {
    return (AtriumPrincipal) SecurityUtils.getSubject().getPrincipal();
  }
}
