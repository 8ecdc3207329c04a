package io.atrium.kernel.security.internal;

import jakarta.enterprise.inject.spi.CDI;
import java.util.function.Supplier;

/**
 * An application-scoped CDI bean looked up on first use and then kept. The security filters are
 * made before CDI can serve them, so they cannot be injected; and {@code CDI.current()} walks the
 * caller's stack on every call, which costs a REST request measurable time when done per check.
 */
final class Bean<T> implements Supplier<T> {

  private final Class<T> type;
  private volatile T instance;

  private Bean(Class<T> type) {
    this.type = type;
  }

  /** The bean of a type, looked up when first asked for. */
  static <T> Bean<T> of(Class<T> type) {
    return new Bean<>(type);
  }

  @Override
  public T get() {
    T current = instance;
    if (current == null) {
      // a client proxy of an application-scoped bean: safe to keep and to share between threads
      current = CDI.current().select(type).get();
      instance = current;
    }
    return current;
  }
}
