package io.atrium.kernel.rest.internal;

import io.atrium.sdk.rest.PublicAccess;
import io.atrium.sdk.rest.RequiresPermission;
import io.atrium.sdk.rest.SignedIn;
import java.lang.reflect.Method;
import org.osgi.framework.BundleReference;

/**
 * Who may call a plugin's REST method, from the SDK annotations: the method's own annotation
 * decides, else the class's; {@link RequiresPermission} wins over {@link SignedIn} on the same
 * element. A method with neither, on itself or its class, is closed to everybody. A method (never
 * a class) carrying {@link PublicAccess} is open to anonymous callers, whatever its class declares.
 *
 * @param permission the permission needed, or null
 * @param signedIn whether any signed-in caller may use it
 * @param open whether anonymous callers may use it too
 */
record PluginAccess(String permission, boolean signedIn, boolean open) {

  /** Nobody may call it: it declares neither annotation. */
  static final PluginAccess CLOSED = new PluginAccess(null, false, false);

  /** Anybody may call it, signed in or not. */
  static final PluginAccess PUBLIC = new PluginAccess(null, true, true);

  /** Whether a class was loaded from a plugin bundle rather than the web application. */
  static boolean isPluginClass(Class<?> type) {
    return type != null && type.getClassLoader() instanceof BundleReference;
  }

  /**
   * The access of a resource method of a plugin class.
   *
   * @param resourceClass the class of the resource object that answers
   * @param method the method Jakarta REST invokes; its annotations may sit on an overridden one
   */
  static PluginAccess of(Class<?> resourceClass, Method method) {
    Method annotated = ResourceMethods.annotated(resourceClass, method);
    for (Method candidate : new Method[] {method, annotated}) {
      if (candidate != null && candidate.isAnnotationPresent(PublicAccess.class)) {
        return PUBLIC;
      }
    }
    for (Method candidate : new Method[] {method, annotated}) {
      if (candidate != null) {
        PluginAccess access = declared(candidate.getAnnotation(RequiresPermission.class),
            candidate.isAnnotationPresent(SignedIn.class));
        if (access != null) {
          return access;
        }
      }
    }
    for (Class<?> type : new Class<?>[] {resourceClass, annotated == null ? null : annotated.getDeclaringClass()}) {
      if (type != null) {
        PluginAccess access = declared(type.getAnnotation(RequiresPermission.class),
            type.isAnnotationPresent(SignedIn.class));
        if (access != null) {
          return access;
        }
      }
    }
    return CLOSED;
  }

  private static PluginAccess declared(RequiresPermission permission, boolean signedIn) {
    if (permission != null) {
      return new PluginAccess(permission.value(), false, false);
    }
    return signedIn ? new PluginAccess(null, true, false) : null;
  }

  /** {@code public}, {@code permission}, {@code authenticated} or {@code closed}, as in the endpoint table. */
  String kind() {
    return open ? "public" : permission != null ? "permission" : signedIn ? "authenticated" : "closed";
  }
}
