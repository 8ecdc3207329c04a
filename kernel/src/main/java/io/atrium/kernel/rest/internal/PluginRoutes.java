package io.atrium.kernel.rest.internal;

import io.atrium.kernel.host.BundlePlugins;
import io.atrium.sdk.rest.RestResource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The {@link RestResource} services of the started plugins by their path under {@code /api/v1}:
 * a whiteboard that refuses, and logs, a path that is not the plugin's own ({@code <pluginId>} or
 * {@code <pluginId>-<more>}), that the kernel serves, or that another resource already holds.
 */
public final class PluginRoutes implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(PluginRoutes.class.getName());

  private static final String PATH = "[a-z][a-z0-9]*(-[a-z0-9]+)*";

  /**
   * One plugin resource at its path.
   *
   * @param pluginId the plugin that registered it
   * @param path its first segment under {@code /api/v1}
   * @param resource the object answering
   * @param bundle the plugin's bundle
   * @param serviceId the service id, lower for earlier registrations
   */
  public record Route(String pluginId, String path, RestResource resource, Bundle bundle, long serviceId) {
  }

  private final ServiceTracker<RestResource, Route> tracker;
  private final Predicate<String> isActive;
  private final Supplier<Set<String>> kernelPaths;
  private final Set<String> reported = ConcurrentHashMap.newKeySet();

  /**
   * Starts tracking.
   *
   * @param context the framework's bundle context
   * @param isActive whether a plugin is started; routes of others answer 404
   * @param kernelPaths the first segments the kernel serves itself
   */
  public PluginRoutes(BundleContext context, Predicate<String> isActive, Supplier<Set<String>> kernelPaths) {
    this.isActive = isActive;
    this.kernelPaths = kernelPaths;
    this.tracker = new ServiceTracker<>(context, RestResource.class, null) {
      @Override
      public Route addingService(ServiceReference<RestResource> reference) {
        return admit(context, reference);
      }

      @Override
      public void removedService(ServiceReference<RestResource> reference, Route route) {
        context.ungetService(reference);
        reported.removeIf(key -> key.startsWith(route.serviceId() + ":"));
      }
    };
    tracker.open();
  }

  private Route admit(BundleContext context, ServiceReference<RestResource> reference) {
    String pluginId = BundlePlugins.pluginId(reference);
    if (pluginId == null) {
      return null;
    }
    RestResource resource = context.getService(reference);
    if (resource == null) {
      return null;
    }
    String path;
    try {
      path = resource.path();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The REST resource " + resource.getClass().getName() + " of plugin " + pluginId
          + " failed to tell its path; it is not served", e);
      context.ungetService(reference);
      return null;
    }
    String problem = pathProblem(pluginId, path);
    if (problem != null) {
      LOG.warning("The REST resource " + resource.getClass().getName() + " of plugin " + pluginId
          + " is not served: " + problem);
      context.ungetService(reference);
      return null;
    }
    return new Route(pluginId, path, resource, reference.getBundle(), (Long) reference.getProperty("service.id"));
  }

  /** Why a plugin may not serve this path, or null when it may. */
  static String pathProblem(String pluginId, String path) {
    if (path == null || !path.matches(PATH)) {
      return "its path '" + path + "' must be lower-case letters, digits and single dashes";
    }
    if (!path.equals(pluginId) && !path.startsWith(pluginId + "-")) {
      return "its path '" + path + "' must be the plugin id '" + pluginId + "' or start with '" + pluginId + "-'";
    }
    return null;
  }

  /** The route serving this path, if a started plugin serves it. */
  public Optional<Route> find(String path) {
    // only this path's candidates: every plugin REST call asks, and the others never change its answer
    return Optional.ofNullable(path == null ? null : resolve(route -> path.equals(route.path())).get(path));
  }

  /** The routes served now by path: of started plugins, without the ones refused for a clash. */
  public Map<String, Route> routes() {
    return resolve(route -> true);
  }

  private Map<String, Route> resolve(Predicate<Route> wanted) {
    List<Route> candidates = new ArrayList<>();
    for (Route route : tracker.getTracked().values()) {
      if (wanted.test(route)) {
        candidates.add(route);
      }
    }
    if (candidates.isEmpty()) {
      return Map.of();
    }
    candidates.sort(Comparator.comparingLong(Route::serviceId));
    Set<String> kernel = kernelPaths.get();
    Map<String, Route> routes = new LinkedHashMap<>();
    for (Route route : candidates) {
      if (!isActive.test(route.pluginId())) {
        continue;
      }
      if (kernel.contains(route.path())) {
        report(route, "the kernel serves /api/v1/" + route.path() + " itself");
        continue;
      }
      Route holder = routes.get(route.path());
      if (holder == null) {
        routes.put(route.path(), route);
      } else if (!holder.pluginId().equals(route.path()) && route.pluginId().equals(route.path())) {
        // the plugin whose id is the path owns it
        routes.put(route.path(), route);
        report(holder, "plugin " + route.pluginId() + " serves its own path /api/v1/" + route.path());
      } else {
        report(route, "plugin " + holder.pluginId() + " already serves /api/v1/" + route.path());
      }
    }
    return routes;
  }

  /** The endpoints of every route served now, for the endpoint table. */
  public List<EndpointTable.Endpoint> endpoints() {
    List<EndpointTable.Endpoint> endpoints = new ArrayList<>();
    for (Route route : routes().values()) {
      endpoints.addAll(ResourceMethods.endpoints(route.resource().getClass(), "/v1/" + route.path(),
          route.pluginId()));
    }
    return endpoints;
  }

  private void report(Route route, String reason) {
    if (reported.add(route.serviceId() + ":" + reason)) {
      LOG.warning("The REST resource " + route.resource().getClass().getName() + " of plugin " + route.pluginId()
          + " is not served: " + reason);
    }
  }

  @Override
  public void close() {
    tracker.close();
  }
}
