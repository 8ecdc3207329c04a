package io.atrium.kernel.rest.internal;

import io.atrium.kernel.audit.Audit;
import io.atrium.kernel.audit.AuditEvent;
import io.atrium.kernel.rest.Authenticated;
import io.atrium.kernel.rest.Problem;
import io.atrium.kernel.rest.RequiresPermission;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.Subject;

/**
 * Checks {@link RequiresPermission} on every resource method before it runs. A method with
 * neither that nor {@link Authenticated} is refused for everybody, so a forgotten annotation fails
 * closed. Every refusal is recorded in the audit log.
 */
@Provider
public class PermissionFeature implements DynamicFeature {

  private static final Logger LOG = Logger.getLogger(PermissionFeature.class.getName());

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    Method method = resourceInfo.getResourceMethod();
    Class<?> type = resourceInfo.getResourceClass();
    if (PluginAccess.isPluginClass(type)) {
      // plugin methods carry the SDK's annotations; PluginAccessFilter checks them
      return;
    }
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
          recordDenial(permission, request);
          request.abortWith(Problem.of(Response.Status.FORBIDDEN, "This call needs the permission " + permission
              + "."));
        }
        return;
      }
      if (!authenticatedOnly) {
        recordDenial("(none declared by " + target + ")", request);
        request.abortWith(Problem.of(Response.Status.FORBIDDEN, "Resource " + target
            + " declares no permission and is closed."));
      }
    }

    /** Records a refused call in the audit log. */
    static void recordDenial(String permission, ContainerRequestContext request) {
      String call = request.getMethod() + " /api/" + request.getUriInfo().getPath();
      try {
        CDI.current().select(Audit.class).get().record(AuditEvent.denied(permission, call));
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "Could not record the denial of " + call + " in the audit log", e);
      }
    }
  }
}
