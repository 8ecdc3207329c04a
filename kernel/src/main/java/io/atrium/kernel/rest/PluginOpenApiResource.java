package io.atrium.kernel.rest;

import io.atrium.kernel.rest.internal.PluginOpenApi;
import io.atrium.kernel.rest.internal.PluginRoutes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The OpenAPI description of the started plugins' REST endpoints, which {@code /openapi} cannot see. */
@Path("v1/openapi")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "System", description = "Server information")
public class PluginOpenApiResource {

  @Inject
  PluginRoutes routes;

  @GET
  @Path("plugins")
  @Authenticated
  @Operation(summary = "Describes the REST endpoints of the started plugins as one OpenAPI document, merged "
      + "from the META-INF/atrium/openapi.json each plugin ships")
  public JsonObject plugins() {
    return PluginOpenApi.merge(routes.routes().values());
  }
}
