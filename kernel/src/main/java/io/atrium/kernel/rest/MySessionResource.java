package io.atrium.kernel.rest;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own signed-in sessions. */
@Path("v1/me/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "Signed-in sessions and sign-in lockouts")
public class MySessionResource {

  @Inject
  SessionRegistry sessions;

  @GET
  @Authenticated
  @Operation(summary = "Lists the caller's signed-in browser sessions")
  public List<SessionRegistry.SessionInfo> mine() {
    return sessions.of(TokenResource.caller().userId());
  }

  @DELETE
  @Path("{key}")
  @Authenticated
  @Operation(summary = "Ends one of the caller's sessions")
  public Response endMine(@PathParam("key") String key) {
    long userId = TokenResource.caller().userId();
    if (sessions.find(key).filter(s -> s.userId() == userId).isEmpty()) {
      throw new NotFoundException("notfound.session", key);
    }
    sessions.end(key);
    return Response.noContent().build();
  }
}
