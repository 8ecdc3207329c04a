package io.atrium.kernel.rest;

import io.atrium.kernel.audit.Audit;
import io.atrium.kernel.audit.AuditEvent;
import io.atrium.kernel.security.KernelPermissions;
import io.atrium.kernel.security.LoginGuard;
import io.atrium.kernel.validation.NotFoundException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Failed sign-in counts and lockouts, for administrators. */
@Path("v1/lockouts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "Signed-in sessions and sign-in lockouts")
public class LockoutResource {

  @Inject
  LoginGuard guard;

  @Inject
  Audit audit;

  @GET
  @RequiresPermission(KernelPermissions.SESSIONS_MANAGE)
  @Operation(summary = "Lists failed sign-in counts and lockouts of accounts and client addresses")
  public List<LoginGuard.Entry> lockouts() {
    return guard.entries();
  }

  @DELETE
  @Path("{kind}/{subject}")
  @RequiresPermission(KernelPermissions.SESSIONS_MANAGE)
  @Operation(summary = "Lifts the lockout of an account (kind ACCOUNT) or a client address (kind ADDRESS)")
  public Response lift(@PathParam("kind") String kind, @PathParam("subject") String subject) {
    LoginGuard.Kind parsed;
    try {
      parsed = LoginGuard.Kind.valueOf(kind.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("notfound.lockout", kind + "/" + subject);
    }
    if (!guard.lift(parsed, subject)) {
      throw new NotFoundException("notfound.lockout", kind + "/" + subject);
    }
    audit.record(AuditEvent.admin("lockout.lift", "lockout", parsed + ":" + subject, Map.of(), Map.of()));
    return Response.noContent().build();
  }
}
