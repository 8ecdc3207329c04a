package io.atrium.kernel.rest.internal;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every REST resource method as the server registered it, with the permission it needs: filled by
 * {@link PermissionFeature} while JAX-RS builds its model, so it cannot forget a method; the
 * started plugins' methods are added from {@link PluginRoutes}. The security tests walk it to
 * check that each call is refused without its permission.
 */
public final class EndpointTable {

  /**
   * One resource method.
   *
   * @param method the HTTP method
   * @param path the path template under {@code /api}, e.g. {@code /v1/users/{id}}
   * @param permission the permission it needs, or null
   * @param access {@code permission}, {@code authenticated} or {@code closed}
   * @param consumes the media type it reads, or null
   * @param plugin the plugin serving it, or null for the kernel
   */
  public record Endpoint(String method, String path, String permission, String access, String consumes,
      String plugin) {
  }

  private static final Set<Endpoint> ENDPOINTS = ConcurrentHashMap.newKeySet();
  private static final Set<String> KERNEL_PATHS = ConcurrentHashMap.newKeySet();

  private EndpointTable() {
  }

  /** Records a resource method. */
  static void add(Class<?> type, Method method, String permission, boolean authenticatedOnly) {
    String http = httpMethod(method);
    if (http == null) {
      return;
    }
    String access = permission != null ? "permission" : authenticatedOnly ? "authenticated" : "closed";
    jakarta.ws.rs.Consumes consumes = method.getAnnotation(jakarta.ws.rs.Consumes.class);
    if (consumes == null) {
      consumes = type.getAnnotation(jakarta.ws.rs.Consumes.class);
    }
    String path = path(type, method);
    ENDPOINTS.add(new Endpoint(http, path, permission, access,
        consumes == null || consumes.value().length == 0 ? null : consumes.value()[0], null));
    String[] segments = path.split("/");
    if (segments.length > 2 && segments[1].equals("v1")) {
      KERNEL_PATHS.add(segments[2]);
    }
  }

  /** Every endpoint of the kernel, by path and method. */
  public static List<Endpoint> all() {
    return with(List.of());
  }

  /** Every endpoint of the kernel and the given ones of plugins, by path and method. */
  public static List<Endpoint> with(List<Endpoint> plugins) {
    List<Endpoint> all = new ArrayList<>(ENDPOINTS);
    all.addAll(plugins);
    all.sort(Comparator.comparing(Endpoint::path).thenComparing(Endpoint::method));
    return all;
  }

  /**
   * The first segments the kernel serves under {@code /api/v1}, e.g. {@code users}; complete once
   * JAX-RS has built its model, which it has by the time it serves a request.
   */
  public static Set<String> kernelPaths() {
    return Set.copyOf(KERNEL_PATHS);
  }

  /** The HTTP method a Jakarta REST method answers, or null for a sub-resource locator. */
  static String httpMethod(Method method) {
    for (var annotation : method.getAnnotations()) {
      jakarta.ws.rs.HttpMethod http = annotation.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
      if (http != null) {
        return http.value();
      }
    }
    return null;
  }

  private static String path(Class<?> type, Method method) {
    StringBuilder path = new StringBuilder();
    jakarta.ws.rs.Path root = type.getAnnotation(jakarta.ws.rs.Path.class);
    if (root != null) {
      path.append('/').append(strip(root.value()));
    }
    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
    if (sub != null && !strip(sub.value()).isEmpty()) {
      path.append('/').append(strip(sub.value()));
    }
    return path.toString();
  }

  /** A path without leading and trailing slashes. */
  static String strip(String path) {
    String trimmed = path.strip();
    while (trimmed.startsWith("/")) {
      trimmed = trimmed.substring(1);
    }
    while (trimmed.endsWith("/")) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    return trimmed;
  }
}
