package io.atrium.sdk.testkit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;

/** A transaction's connection as handed to code that closes what it gets: closing it leaves the transaction open. */
final class SharedConnection {

  private SharedConnection() {
  }

  /** The connection behind a handle whose {@code close()} does nothing. */
  static Connection of(Connection shared) {
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> switch (method.getName()) {
          case "close" -> null;
          case "isClosed" -> false;
          default -> {
            try {
              yield method.invoke(shared, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          }
        });
  }
}
