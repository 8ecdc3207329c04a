package io.atrium.kernel.rest.internal;

import io.atrium.kernel.rest.Authenticated;
import io.atrium.kernel.rest.Problem;
import io.atrium.kernel.rest.RequiresPermission;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;

/**
 * Checks {@link RequiresPermission} on every resource method before it runs. A method with
 * neither that nor {@link Authenticated} is refused for everybody, so a forgotten annotation fails
 * closed.
 */
@Provider
public class PermissionFeature implements DynamicFeature {

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    Method method = resourceInfo.getResourceMethod();
    Class<?> type = resourceInfo.getResourceClass();
    RequiresPermission permission = method.getAnnotation(RequiresPermission.class);
    if (permission == null) {
      permission = type.getAnnotation(RequiresPermission.class);
    }
    boolean authenticatedOnly = method.isAnnotationPresent(Authenticated.class)
        || type.isAnnotationPresent(Authenticated.class);
    EndpointTable.add(type, method, permission == null ? null : permission.value(), authenticatedOnly);
    context.register(new Check(permission == null ? null : permission.value(), authenticatedOnly,
        type.getSimpleName() + "." + method.getName()));
  }

  /** The check of one resource method. */
  @Priority(Priorities.AUTHORIZATION)
  static final class Check implements ContainerRequestFilter {
    private final String permission;
    private final boolean authenticatedOnly;
    private final String target;

    Check(String permission, boolean authenticatedOnly, String target) {
      this.permission = permission;
      this.authenticatedOnly = authenticatedOnly;
      this.target = target;
    }

    @Override
    public void filter(ContainerRequestContext request) {
      Subject subject = SecurityUtils.getSubject();
      if (subject.getPrincipal() == null) {
        request.abortWith(Problem.of(Response.Status.UNAUTHORIZED, "Authentication required."));
        return;
      }
      if (permission != null) {
        if (!subject.isPermitted(permission)) {
          request.abortWith(Problem.of(Response.Status.FORBIDDEN, "This call needs the permission " + permission
              + "."));
        }
        return;
      }
      if (!authenticatedOnly) {
        request.abortWith(Problem.of(Response.Status.FORBIDDEN, "Resource " + target
            + " declares no permission and is closed."));
      }
    }
  }
}
