package io.atrium.kernel.rest.internal;

import io.atrium.kernel.Kernel;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The plugin REST methods marked {@code @PublicAccess} and the limit on anonymous calls to them.
 * The sign-in filter asks {@link #isPublic} before JAX-RS runs, so an anonymous call reaches JAX-RS
 * only when its path can be a public method's; {@link PluginAccessFilter} then checks the method
 * JAX-RS actually matched, so a path that merely looks like a public one gains nothing.
 */
@ApplicationScoped
public class PublicEndpoints {

  /** An HTTP method and the path pattern of one public endpoint. */
  private record Entry(String method, Pattern path) {
  }

  @Inject
  Kernel kernel;

  @Inject
  Instance<PluginRoutes> routes;

  private final Map<Long, List<Entry>> byService = new ConcurrentHashMap<>();
  private volatile PublicCallLimiter limiter;

  /**
   * Whether an anonymous call may pass to JAX-RS.
   *
   * @param method the HTTP method
   * @param path the path under {@code /api}, e.g. {@code /v1/forms-intake/x1y2}
   */
  public boolean isPublic(String method, String path) {
    if (path == null || path.contains("..") || path.contains("//")) {
      return false;
    }
    for (PluginRoutes.Route route : routes.get().routes().values()) {
      if (!path.startsWith("/v1/" + route.path() + "/") && !path.equals("/v1/" + route.path())) {
        continue;
      }
      List<Entry> entries = byService.computeIfAbsent(route.serviceId(), id -> entries(route));
      if (entries.stream().anyMatch(e -> e.method().equals(method) && e.path().matcher(path).matches())) {
        return true;
      }
    }
    return false;
  }

  /** The limiter of anonymous calls, as configured. */
  PublicCallLimiter limiter() {
    PublicCallLimiter current = limiter;
    if (current == null) {
      synchronized (this) {
        if (limiter == null) {
          limiter = new PublicCallLimiter(kernel.settings().publicCallLimit(), kernel.settings().publicCallPeriod(),
              Clock.systemUTC());
        }
        current = limiter;
      }
    }
    return current;
  }

  private static List<Entry> entries(PluginRoutes.Route route) {
    return ResourceMethods.endpoints(route.resource().getClass(), "/v1/" + route.path(), route.pluginId()).stream()
        .filter(e -> "public".equals(e.access())).map(e -> new Entry(e.method(), pattern(e.path()))).toList();
  }

  /** A path template as a pattern: each {@code {parameter}} matches one segment. */
  static Pattern pattern(String template) {
    StringBuilder regex = new StringBuilder();
    int at = 0;
    while (at < template.length()) {
      int open = template.indexOf('{', at);
      if (open < 0) {
        regex.append(Pattern.quote(template.substring(at)));
        break;
      }
      regex.append(Pattern.quote(template.substring(at, open)));
      int close = template.indexOf('}', open);
      regex.append("[^/]+");
      at = close < 0 ? template.length() : close + 1;
    }
    return Pattern.compile(regex.toString());
  }
}
