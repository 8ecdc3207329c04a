package io.atrium.kernel.rest.internal;

import io.atrium.kernel.i18n.KernelTexts;
import io.atrium.kernel.rest.PluginRestRouter;
import io.atrium.kernel.rest.Problem;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.Locale;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;

/**
 * Checks the SDK's {@code @RequiresPermission} and {@code @SignedIn} before a plugin's REST method
 * runs. It sees every matched request, because plugin resources are found at run time through a
 * sub-resource locator where {@link PermissionFeature} never sees them; it leaves the kernel's own
 * methods to that feature. Plugin requests are told by the class that answers (loaded from a
 * bundle) or by the router among the matched resources. A plugin method with neither annotation
 * is refused, so a forgotten one fails closed; refusals are audited like the kernel's. Anonymous
 * callers reach only {@code @PublicAccess} methods, within the per-address limit of {@link PublicEndpoints}.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class PluginAccessFilter implements ContainerRequestFilter {

  @Context
  ResourceInfo resourceInfo;

  @Context
  HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    Class<?> type = resourceInfo.getResourceClass();
    if (type == null || !PluginAccess.isPluginClass(type) && !throughRouter(request)) {
      return;
    }
    Method method = resourceInfo.getResourceMethod();
    if (method == null && HttpMethod.OPTIONS.equals(request.getMethod())) {
      // Jakarta REST's own answer listing the allowed methods; nothing of the plugin runs
      return;
    }
    Subject subject = SecurityUtils.getSubject();
    PluginAccess access = method == null ? PluginAccess.CLOSED : PluginAccess.of(type, method);
    if (subject.getPrincipal() == null) {
      if (!access.open()) {
        request.abortWith(Problem.of(Response.Status.UNAUTHORIZED, "Authentication required."));
        return;
      }
      limit(request, type.getName() + "." + method.getName());
      return;
    }
    if (access.open()) {
      return;
    }
    if (access.permission() != null) {
      if (!subject.isPermitted(access.permission())) {
        PermissionFeature.Check.recordDenial(access.permission(), request);
        request.abortWith(Problem.of(Response.Status.FORBIDDEN, "This call needs the permission "
            + access.permission() + "."));
      }
      return;
    }
    if (!access.signedIn()) {
      String target = type.getSimpleName() + (method == null ? "" : "." + method.getName());
      PermissionFeature.Check.recordDenial("(none declared by " + target + ")", request);
      request.abortWith(Problem.of(Response.Status.FORBIDDEN, "Resource " + target
          + " declares neither @RequiresPermission nor @SignedIn and is closed."));
    }
  }

  /** Spends one anonymous call of the client's address on the method, or answers 429 when none is left. */
  private void limit(ContainerRequestContext request, String target) {
    String address = servletRequest == null ? "unknown" : servletRequest.getRemoteAddr();
    long wait = CDI.current().select(PublicEndpoints.class).get().limiter().acquire(address, target);
    if (wait > 0) {
      Locale locale = request.getAcceptableLanguages().isEmpty() ? Locale.SIMPLIFIED_CHINESE
          : request.getAcceptableLanguages().get(0);
      if ("*".equals(locale.getLanguage())) {
        locale = Locale.SIMPLIFIED_CHINESE;
      }
      Response tooMany = Response.fromResponse(Problem.of(429, "Too Many Requests",
          KernelTexts.format(locale, "rest.public.tooMany", wait))).header("Retry-After", Long.toString(wait))
          .build();
      request.abortWith(tooMany);
    }
  }

  /** Whether the request reached its method through the plugin router, whatever class answers. */
  private static boolean throughRouter(ContainerRequestContext request) {
    return request.getUriInfo().getMatchedResources().stream().anyMatch(PluginRestRouter.class::isInstance);
  }
}
