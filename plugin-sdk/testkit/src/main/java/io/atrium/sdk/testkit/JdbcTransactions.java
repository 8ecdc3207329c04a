package io.atrium.sdk.testkit;

import io.atrium.sdk.persistence.TransactionFailedException;
import io.atrium.sdk.persistence.TransactionRequiredException;
import io.atrium.sdk.persistence.TransactionalWork;
import io.atrium.sdk.persistence.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * {@link Transactions} on plain JDBC, one connection per transaction and thread: for a plugin's
 * tests of its own SQL against a database of your choice (PostgreSQL, say), where
 * {@link PluginTestKit}'s in-memory H2 is not enough. Hand {@link #dataSource()} to the code under
 * test as its {@code PluginPersistence.dataSource()}.
 */
public final class JdbcTransactions implements Transactions {

  private final DataSource database;
  private final ThreadLocal<Tx> current = new ThreadLocal<>();

  private static final class Tx {
    final Connection connection;
    final List<Runnable> afterCommit = new ArrayList<>();
    boolean rollbackOnly;

    Tx(Connection connection) {
      this.connection = connection;
    }
  }

  /** Transactions on connections of the database. */
  public JdbcTransactions(DataSource database) {
    this.database = database;
  }

  /** A data source whose connections are the current transaction's, or plain new ones outside a transaction. */
  public DataSource dataSource() {
    return new TransactionBoundDataSource(database, () -> {
      Tx tx = current.get();
      return tx == null ? null : SharedConnection.of(tx.connection);
    });
  }

  @Override
  public <T> T required(TransactionalWork<T> work) {
    Tx tx = current.get();
    if (tx == null) {
      return inNew(work);
    }
    try {
      return work.run();
    } catch (RuntimeException e) {
      tx.rollbackOnly = true;
      throw e;
    } catch (Exception e) {
      tx.rollbackOnly = true;
      throw new TransactionFailedException(e.getMessage(), e);
    }
  }

  @Override
  public <T> T requiresNew(TransactionalWork<T> work) {
    Tx suspended = current.get();
    current.remove();
    try {
      return inNew(work);
    } finally {
      if (suspended != null) {
        current.set(suspended);
      }
    }
  }

  @Override
  public boolean isActive() {
    return current.get() != null;
  }

  @Override
  public void setRollbackOnly() {
    active("setRollbackOnly").rollbackOnly = true;
  }

  @Override
  public void afterCommit(Runnable action) {
    active("afterCommit").afterCommit.add(action);
  }

  private Tx active(String what) {
    Tx tx = current.get();
    if (tx == null) {
      throw new TransactionRequiredException(what + " needs an active transaction");
    }
    return tx;
  }

  private <T> T inNew(TransactionalWork<T> work) {
    Tx tx;
    try {
      Connection connection = database.getConnection();
      connection.setAutoCommit(false);
      tx = new Tx(connection);
    } catch (SQLException e) {
      throw new TransactionFailedException("No connection: " + e.getMessage(), e);
    }
    current.set(tx);
    boolean committed = false;
    try {
      T result = work.run();
      if (tx.rollbackOnly) {
        tx.connection.rollback();
      } else {
        tx.connection.commit();
        committed = true;
      }
      return result;
    } catch (Exception e) {
      try {
        tx.connection.rollback();
      } catch (SQLException ignored) {
        // the connection is closed below either way
      }
      if (e instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new TransactionFailedException(e.getMessage(), e);
    } finally {
      current.remove();
      try {
        tx.connection.close();
      } catch (SQLException ignored) {
        // nothing to do
      }
      if (committed) {
        tx.afterCommit.forEach(Runnable::run);
      }
    }
  }
}
