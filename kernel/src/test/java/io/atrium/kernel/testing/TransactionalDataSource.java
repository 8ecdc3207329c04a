package io.atrium.kernel.testing;

import io.atrium.sdk.persistence.TransactionFailedException;
import io.atrium.sdk.persistence.TransactionalWork;
import io.atrium.sdk.persistence.Transactions;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A data source whose connections join the calling thread's transaction, if one is open, like the
 * container's pool does with JTA; and {@link Transactions} that commit or roll back that
 * connection. Gives kernel unit tests real atomicity on H2.
 */
public final class TransactionalDataSource implements DataSource {

  private final DataSource target;
  private final ThreadLocal<Connection> current = new ThreadLocal<>();

  /** Wraps a data source. */
  public TransactionalDataSource(DataSource target) {
    this.target = target;
  }

  /** Transactions over this data source. */
  public Transactions transactions() {
    return new Transactions() {
      private final ThreadLocal<List<Runnable>> afterCommit = new ThreadLocal<>();

      @Override
      public <T> T required(TransactionalWork<T> work) {
        return isActive() ? joined(work) : inNew(work);
      }

      @Override
      public <T> T requiresNew(TransactionalWork<T> work) {
        Connection suspended = current.get();
        List<Runnable> suspendedActions = afterCommit.get();
        current.remove();
        try {
          return inNew(work);
        } finally {
          if (suspended != null) {
            current.set(suspended);
            afterCommit.set(suspendedActions);
          }
        }
      }

      @Override
      public boolean isActive() {
        return current.get() != null;
      }

      @Override
      public void setRollbackOnly() {
        throw new UnsupportedOperationException("not needed by the tests");
      }

      @Override
      public void afterCommit(Runnable action) {
        afterCommit.get().add(action);
      }

      private <T> T joined(TransactionalWork<T> work) {
        try {
          return work.run();
        } catch (RuntimeException e) {
          throw e;
        } catch (Exception e) {
          throw new TransactionFailedException(e.getMessage(), e);
        }
      }

      private <T> T inNew(TransactionalWork<T> work) {
        try (Connection connection = target.getConnection()) {
          connection.setAutoCommit(false);
          current.set(connection);
          afterCommit.set(new ArrayList<>());
          T result;
          try {
            result = work.run();
          } catch (Exception | Error e) {
            connection.rollback();
            if (e instanceof RuntimeException runtime) {
              throw runtime;
            }
            if (e instanceof Error error) {
              throw error;
            }
            throw new TransactionFailedException(e.getMessage(), e);
          } finally {
            current.remove();
          }
          connection.commit();
          List<Runnable> actions = afterCommit.get();
          afterCommit.remove();
          actions.forEach(Runnable::run);
          return result;
        } catch (SQLException e) {
          throw new TransactionFailedException(e.getMessage(), e);
        }
      }
    };
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection joined = current.get();
    if (joined == null) {
      return target.getConnection();
    }
    // the transaction's connection, which the statement must not close
    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
        (proxy, method, args) -> {
          if (method.getName().equals("close")) {
            return null;
          }
          try {
            return method.invoke(joined, args);
          } catch (InvocationTargetException e) {
            throw e.getCause();
          }
        });
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return target.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return target.isWrapperFor(iface);
  }
}
