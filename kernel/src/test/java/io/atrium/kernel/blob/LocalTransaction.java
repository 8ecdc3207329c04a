package io.atrium.kernel.blob;

import io.atrium.kernel.persistence.DatabaseDialect;
import io.atrium.kernel.persistence.MigrationFailedException;
import io.atrium.kernel.persistence.SchemaMigrator;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A migrated in-memory H2 database with one transaction at a time, standing in for the
 * container's JTA transaction: connections join it while it is open, and completion hooks run
 * once it has committed or rolled back.
 */
final class LocalTransaction implements CompletionHooks, AutoCloseable {

  private final JdbcDataSource database = new JdbcDataSource();
  private Connection connection;
  private final List<Consumer<Boolean>> hooks = new ArrayList<>();

  LocalTransaction() throws MigrationFailedException {
    database.setURL("jdbc:h2:mem:blobs-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;MODE=LEGACY");
    database.setUser("sa");
    new SchemaMigrator(database, DatabaseDialect.H2).migrate("the kernel", "atrium_", "classpath:db/atrium");
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

  void commit() throws SQLException {
    connection.commit();
    end(true);
  }

  void rollback() throws SQLException {
    connection.rollback();
    end(false);
  }

  @Override
  public boolean active() {
    return connection != null;
  }

  @Override
  public void afterCompletion(Consumer<Boolean> action) {
    if (connection == null) {
      throw new IllegalStateException("no transaction");
    }
    hooks.add(action);
  }

  private void end(boolean committed) throws SQLException {
    connection.close();
    connection = null;
    List<Consumer<Boolean>> due = List.copyOf(hooks);
    hooks.clear();
    due.forEach(hook -> hook.accept(committed));
  }

  @Override
  public void close() throws SQLException {
    try (Connection shutdown = database.getConnection(); Statement statement = shutdown.createStatement()) {
      statement.execute("SHUTDOWN");
    }
  }

  /** A handle on the transaction's connection whose close() leaves it open, like a pooled JTA handle. */
  private static Connection joined(Connection shared) {
    return (Connection) Proxy.newProxyInstance(LocalTransaction.class.getClassLoader(),
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
