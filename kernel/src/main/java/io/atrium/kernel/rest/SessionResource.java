package io.atrium.kernel.rest;

import io.atrium.kernel.audit.Audit;
import io.atrium.kernel.audit.AuditEvent;
import io.atrium.kernel.security.KernelPermissions;
import io.atrium.kernel.security.SessionRegistry;
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

/** Everyone's signed-in sessions, for administrators. */
@Path("v1/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "Signed-in sessions and sign-in lockouts")
public class SessionResource {

  @Inject
  SessionRegistry sessions;

  @Inject
  Audit audit;

  @GET
  @RequiresPermission(KernelPermissions.SESSIONS_MANAGE)
  @Operation(summary = "Lists everyone's signed-in sessions on this node")
  public List<SessionRegistry.SessionInfo> all() {
    return sessions.all();
  }

  @DELETE
  @Path("{key}")
  @RequiresPermission(KernelPermissions.SESSIONS_MANAGE)
  @Operation(summary = "Ends anyone's session")
  public Response end(@PathParam("key") String key) {
    SessionRegistry.SessionInfo session = sessions.find(key)
        .orElseThrow(() -> new NotFoundException("notfound.session", key));
    sessions.end(key);
    audit.record(AuditEvent.admin("session.end", "user", session.userId(), Map.of(),
        Map.of("username", session.username())));
    return Response.noContent().build();
  }
}
