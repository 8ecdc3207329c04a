package io.atrium.kernel.audit;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * Stands in for the container's JTA transaction in unit tests: one H2 connection with auto-commit
 * off that every {@link #dataSource()} connection shares while the transaction is open, and
 * before-commit work run at {@link #commit()}, as the transaction manager does.
 */
final class TestTransaction implements EnclosingTransaction {

  private final DataSource database;
  private Connection connection;
  private final Map<Object, Object> resources = new HashMap<>();
  private final List<Runnable> beforeCommit = new ArrayList<>();

  TestTransaction(DataSource database) {
    this.database = database;
  }

  /** Connections that join the open transaction, or plain ones when there is none. */
  DataSource dataSource() {
    return (DataSource) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class},
        (proxy, method, args) -> {
          if (method.getName().equals("getConnection") && connection != null) {
            return joined(connection);
          }
          try {
            return method.invoke(database, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  void begin() throws SQLException {
    connection = database.getConnection();
    connection.setAutoCommit(false);
  }

  /** Runs the before-commit work, then commits; rolls back when that work fails. */
  void commit() throws SQLException {
    try {
      beforeCommit.forEach(Runnable::run);
      connection.commit();
    } catch (RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      end();
    }
  }

  void rollback() throws SQLException {
    try {
      connection.rollback();
    } finally {
      end();
    }
  }

  /** Runs statements in the open transaction. */
  void execute(String sql) throws SQLException {
    try (var statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  @Override
  public State state() {
    return connection == null ? State.NONE : State.ACTIVE;
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T bound(Object key, Supplier<T> create, Consumer<T> work) {
    return (T) resources.computeIfAbsent(key, k -> {
      T created = create.get();
      beforeCommit.add(() -> work.accept(created));
      return created;
    });
  }

  private void end() throws SQLException {
    try {
      connection.close();
    } finally {
      connection = null;
      resources.clear();
      beforeCommit.clear();
    }
  }

  /** A handle on the transaction's connection whose close() leaves it open, like a pooled JTA handle. */
  private static Connection joined(Connection shared) {
    return (Connection) Proxy.newProxyInstance(TestTransaction.class.getClassLoader(),
        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
          if (method.getName().equals("close")) {
            return null;
          }
          try {
            return method.invoke(shared, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }
}
