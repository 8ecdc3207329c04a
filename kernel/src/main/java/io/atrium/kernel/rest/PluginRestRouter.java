package io.atrium.kernel.rest;

import io.atrium.kernel.rest.internal.PluginRoutes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * Hands {@code /api/v1/<path>/...} to the started plugin whose {@code RestResource} has that path;
 * Jakarta REST then matches the rest against the plugin object's annotations. The kernel's own
 * resources have literal paths such as {@code v1/users}, which Jakarta REST prefers over this one.
 * One instance for the application: it keeps no state of a call, and creating and injecting a
 * request-scoped one cost a profiled 4 % of a REST record create.
 */
@Path("v1")
@ApplicationScoped
public class PluginRestRouter {

  @Inject
  PluginRoutes routes;

  /** The plugin's resource object, or 404 when no started plugin serves the path. */
  // no OpenAPI annotation: a locator is no operation, and Payara's generator fails on one that has it
  @Path("{resource}")
  public Object resource(@PathParam("resource") String path) {
    return routes.find(path).map(PluginRoutes.Route::resource).orElseThrow(() -> new NotFoundException(
        Problem.of(Response.Status.NOT_FOUND, "Nothing answers /api/v1/" + path + ": no started plugin serves "
            + "it. Check that the plugin is installed and enabled.")));
  }
}
