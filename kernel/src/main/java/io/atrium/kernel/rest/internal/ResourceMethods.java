package io.atrium.kernel.rest.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Jakarta REST methods of a plugin's resource object, found the way Jakarta REST finds them:
 * public methods whose annotations sit on the method itself or, when it has none, on the method it
 * overrides or implements. Sub-resource locators are followed through their declared return type.
 */
final class ResourceMethods {

  /** How deep sub-resource locators are followed; deeper ones are cut off rather than looping. */
  private static final int MAX_DEPTH = 5;

  private ResourceMethods() {
  }

  /** The endpoints of a resource object's class answering under {@code base}, e.g. {@code /v1/hello}. */
  static List<EndpointTable.Endpoint> endpoints(Class<?> type, String base, String pluginId) {
    List<EndpointTable.Endpoint> endpoints = new ArrayList<>();
    collect(type, base, pluginId, 0, endpoints);
    return endpoints;
  }

  private static void collect(Class<?> type, String base, String pluginId, int depth,
      List<EndpointTable.Endpoint> into) {
    Method[] methods = type.getMethods();
    Arrays.sort(methods, java.util.Comparator.comparing(Method::toGenericString));
    for (Method method : methods) {
      if (method.isBridge() || method.isSynthetic() || method.getDeclaringClass() == Object.class
          || Modifier.isStatic(method.getModifiers())) {
        continue;
      }
      Method annotated = annotated(type, method);
      if (annotated == null) {
        continue;
      }
      Path sub = annotated.getAnnotation(Path.class);
      String path = sub == null || EndpointTable.strip(sub.value()).isEmpty() ? base
          : base + "/" + EndpointTable.strip(sub.value());
      String http = EndpointTable.httpMethod(annotated);
      if (http != null) {
        PluginAccess access = PluginAccess.of(type, method);
        into.add(new EndpointTable.Endpoint(http, path, access.permission(), access.kind(), consumes(type,
            annotated), pluginId));
      } else if (sub != null && depth < MAX_DEPTH && annotated.getReturnType() != Object.class) {
        collect(annotated.getReturnType(), path, pluginId, depth + 1, into);
      }
    }
  }

  private static String consumes(Class<?> type, Method method) {
    Consumes consumes = method.getAnnotation(Consumes.class);
    if (consumes == null) {
      consumes = type.getAnnotation(Consumes.class);
    }
    if (consumes == null) {
      consumes = method.getDeclaringClass().getAnnotation(Consumes.class);
    }
    return consumes == null || consumes.value().length == 0 ? null : consumes.value()[0];
  }

  /**
   * The method carrying the Jakarta REST annotations for {@code method} of {@code type}: the method
   * itself, else the same method of a superclass, else of an interface; null when none has any.
   */
  static Method annotated(Class<?> type, Method method) {
    if (method == null) {
      return null;
    }
    if (hasRestAnnotation(method)) {
      return method;
    }
    for (Class<?> current = type; current != null && current != Object.class; current = current.getSuperclass()) {
      Method found = declared(current, method);
      if (found != null && hasRestAnnotation(found)) {
        return found;
      }
    }
    for (Class<?> current = type; current != null; current = current.getSuperclass()) {
      Method found = inInterfaces(current.getInterfaces(), method);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static Method inInterfaces(Class<?>[] interfaces, Method method) {
    for (Class<?> candidate : interfaces) {
      Method found = declared(candidate, method);
      if (found != null && hasRestAnnotation(found)) {
        return found;
      }
      found = inInterfaces(candidate.getInterfaces(), method);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static Method declared(Class<?> type, Method method) {
    try {
      return type.getDeclaredMethod(method.getName(), method.getParameterTypes());
    } catch (NoSuchMethodException e) {
      return null;
    }
  }

  private static boolean hasRestAnnotation(Method method) {
    return method.isAnnotationPresent(Path.class) || EndpointTable.httpMethod(method) != null;
  }
}
