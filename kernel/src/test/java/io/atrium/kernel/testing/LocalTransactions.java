package io.atrium.kernel.testing;

import io.atrium.sdk.persistence.TransactionRequiredException;
import io.atrium.sdk.persistence.TransactionalWork;
import io.atrium.sdk.persistence.Transactions;
import java.io.PrintWriter;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Transactions for kernel unit tests without a JTA manager: inside {@link #required} every
 * statement of the thread runs on one connection, committed or rolled back at the end, as the
 * server's JTA transactions do.
 */
final class LocalTransactions implements Transactions {

  private final DataSource target;
  private final ThreadLocal<Bound> bound = new ThreadLocal<>();

  private static final class Bound {
    final Connection connection;
    boolean rollbackOnly;
    final List<Runnable> afterCommit = new ArrayList<>();

    Bound(Connection connection) {
      this.connection = connection;
    }
  }

  LocalTransactions(DataSource target) {
    this.target = target;
  }

  /** A data source that hands out the thread's transaction connection when there is one. */
  DataSource dataSource() {
    return new DataSource() {
      @Override
      public Connection getConnection() throws SQLException {
        Bound current = bound.get();
        if (current == null) {
          return target.getConnection();
        }
        // the transaction owns the connection: closing it after a statement must not end it
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
            (proxy, method, args) -> method.getName().equals("close") ? null : method.invoke(current.connection, args));
      }

      @Override
      public Connection getConnection(String user, String password) throws SQLException {
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
      public Logger getParentLogger() {
        return Logger.getGlobal();
      }

      @Override
      public <T> T unwrap(Class<T> type) {
        throw new UnsupportedOperationException();
      }

      @Override
      public boolean isWrapperFor(Class<?> type) {
        return false;
      }
    };
  }

  @Override
  public <T> T required(TransactionalWork<T> work) {
    Bound current = bound.get();
    if (current != null) {
      try {
        return work.run();
      } catch (RuntimeException e) {
        current.rollbackOnly = true;
        throw e;
      } catch (Exception e) {
        current.rollbackOnly = true;
        throw new IllegalStateException(e);
      }
    }
    try (Connection connection = target.getConnection()) {
      connection.setAutoCommit(false);
      Bound fresh = new Bound(connection);
      bound.set(fresh);
      T result;
      try {
        result = work.run();
      } catch (Exception e) {
        connection.rollback();
        if (e instanceof RuntimeException runtime) {
          throw runtime;
        }
        throw new IllegalStateException(e);
      } finally {
        bound.remove();
      }
      if (fresh.rollbackOnly) {
        connection.rollback();
      } else {
        connection.commit();
        fresh.afterCommit.forEach(Runnable::run);
      }
      return result;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public <T> T requiresNew(TransactionalWork<T> work) {
    Bound suspended = bound.get();
    bound.remove();
    try {
      return required(work);
    } finally {
      if (suspended != null) {
        bound.set(suspended);
      }
    }
  }

  @Override
  public boolean isActive() {
    return bound.get() != null;
  }

  @Override
  public void setRollbackOnly() {
    Bound current = bound.get();
    if (current == null) {
      throw new TransactionRequiredException("setRollbackOnly needs an active transaction");
    }
    current.rollbackOnly = true;
  }

  @Override
  public void afterCommit(Runnable action) {
    Bound current = bound.get();
    if (current == null) {
      throw new TransactionRequiredException("afterCommit needs an active transaction");
    }
    current.afterCommit.add(action);
  }
}
