package io.atrium.kernel.rest.internal;

import io.atrium.kernel.rest.Problem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;

/**
 * Checks the SDK's {@code @RequiresPermission} and {@code @SignedIn} before a plugin's REST method
 * runs. It sees every matched request, because plugin resources are found at run time through a
 * sub-resource locator where {@link PermissionFeature} never sees them; it leaves the kernel's own
 * methods to that feature. A plugin method with neither annotation is refused, so a forgotten one
 * fails closed; refusals are audited like the kernel's.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class PluginAccessFilter implements ContainerRequestFilter {

  @Context
  ResourceInfo resourceInfo;

  @Override
  public void filter(ContainerRequestContext request) {
    Class<?> type = resourceInfo.getResourceClass();
    if (!PluginAccess.isPluginClass(type)) {
      return;
    }
    Method method = resourceInfo.getResourceMethod();
    if (method == null && HttpMethod.OPTIONS.equals(request.getMethod())) {
      // Jakarta REST's own answer listing the allowed methods; nothing of the plugin runs
      return;
    }
    Subject subject = SecurityUtils.getSubject();
    if (subject.getPrincipal() == null) {
      request.abortWith(Problem.of(Response.Status.UNAUTHORIZED, "Authentication required."));
      return;
    }
    PluginAccess access = method == null ? PluginAccess.CLOSED : PluginAccess.of(type, method);
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
}
