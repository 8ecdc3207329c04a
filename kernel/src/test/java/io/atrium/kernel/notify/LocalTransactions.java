package io.atrium.kernel.notify;

import io.atrium.sdk.persistence.TransactionalWork;
import io.atrium.sdk.persistence.Transactions;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Real transactions over one JDBC connection per transaction, for unit tests: while work runs,
 * every connection the data source hands out is the transaction's, so a rollback undoes all of it,
 * as JTA does in the server.
 */
final class LocalTransactions implements Transactions, DataSource {

  private final DataSource database;
  private final ThreadLocal<Connection> current = new ThreadLocal<>();
  private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();
  private final ThreadLocal<Boolean> rollbackOnly = new ThreadLocal<>();

  LocalTransactions(DataSource database) {
    this.database = database;
  }

  @Override
  public <T> T required(TransactionalWork<T> work) {
    return current.get() != null ? call(work) : inNew(work);
  }

  @Override
  public <T> T requiresNew(TransactionalWork<T> work) {
    if (current.get() != null) {
      throw new UnsupportedOperationException("nested transactions are not needed by these tests");
    }
    return inNew(work);
  }

  private <T> T inNew(TransactionalWork<T> work) {
    try (Connection connection = database.getConnection()) {
      connection.setAutoCommit(false);
      current.set(connection);
      afterCommit.set(new ArrayList<>());
      rollbackOnly.set(false);
      T result;
      try {
        result = call(work);
      } catch (RuntimeException e) {
        connection.rollback();
        throw e;
      }
      if (rollbackOnly.get()) {
        connection.rollback();
        return result;
      }
      connection.commit();
      List<Runnable> actions = afterCommit.get();
      current.remove();
      actions.forEach(Runnable::run);
      return result;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    } finally {
      current.remove();
      afterCommit.remove();
      rollbackOnly.remove();
    }
  }

  private static <T> T call(TransactionalWork<T> work) {
    try {
      return work.run();
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public boolean isActive() {
    return current.get() != null;
  }

  @Override
  public void setRollbackOnly() {
    rollbackOnly.set(true);
  }

  @Override
  public void afterCommit(Runnable action) {
    if (current.get() == null) {
      action.run();
    } else {
      afterCommit.get().add(action);
    }
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection connection = current.get();
    if (connection == null) {
      return database.getConnection();
    }
    // the transaction's connection; closing it is the transaction's business
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("close")) {
            return null;
          }
          try {
            return method.invoke(connection, args);
          } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  @Override
  public PrintWriter getLogWriter() {
    return null;
  }

  @Override
  public void setLogWriter(PrintWriter out) {
  }

  @Override
  public void setLoginTimeout(int seconds) {
  }

  @Override
  public int getLoginTimeout() {
    return 0;
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    throw new SQLFeatureNotSupportedException();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    throw new SQLException("not a wrapper");
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) {
    return false;
  }
}
