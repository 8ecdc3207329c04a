package io.atrium.sdk.testkit;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Proxy;
import java.util.Arrays;

/**
 * Instances made with stand-ins for every constructor argument (interfaces answer null or zero),
 * enough to ask an object something that needs none of its services, such as a REST resource's path.
 */
final class StandIns {

  private StandIns() {
  }

  /** An instance through the public constructor with the most parameters. */
  static Object instantiate(Class<?> type) {
    Constructor<?> constructor = Arrays.stream(type.getConstructors())
        .max((a, b) -> Integer.compare(a.getParameterCount(), b.getParameterCount()))
        .orElseThrow(() -> new IllegalStateException(type.getName() + " has no public constructor"));
    Object[] arguments = Arrays.stream(constructor.getParameterTypes()).map(StandIns::standIn).toArray();
    try {
      return constructor.newInstance(arguments);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Making " + type.getName() + " with stand-ins failed: " + e, e);
    }
  }

  private static Object standIn(Class<?> type) {
    if (type == void.class) {
      return null;
    }
    if (type.isPrimitive()) {
      return Array.get(Array.newInstance(type, 1), 0);
    }
    if (!type.isInterface()) {
      return null;
    }
    return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
      if (method.getDeclaringClass() == Object.class) {
        return switch (method.getName()) {
          case "equals" -> proxy == args[0];
          case "hashCode" -> System.identityHashCode(proxy);
          default -> "stand-in " + type.getSimpleName();
        };
      }
      return method.getReturnType().isPrimitive() ? standIn(method.getReturnType()) : null;
    });
  }
}
