package io.atrium.sdk.testkit;

import io.atrium.sdk.persistence.TransactionFailedException;
import io.atrium.sdk.persistence.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * {@link Transactions} on plain JDBC, one connection per transaction and thread: for a plugin's
 * tests of its own SQL against a database of your choice (PostgreSQL, say), where
 * {@link PluginTestKit}'s in-memory H2 is not enough. Hand {@link #dataSource()} to the code under
 * test as its {@code PluginPersistence.dataSource()}.
 */
public final class JdbcTransactions extends ThreadTransactions<Connection> {

  private final DataSource database;

  /** Transactions on connections of the database. */
  public JdbcTransactions(DataSource database) {
    this.database = database;
  }

  /** A data source whose connections are the current transaction's, or plain new ones outside a transaction. */
  public DataSource dataSource() {
    return new TransactionBoundDataSource(database, () -> {
      Connection connection = currentResource();
      return connection == null ? null : SharedConnection.of(connection);
    });
  }

  @Override
  Connection begin() {
    try {
      Connection connection = database.getConnection();
      connection.setAutoCommit(false);
      return connection;
    } catch (SQLException e) {
      throw new TransactionFailedException("No connection: " + e.getMessage(), e);
    }
  }

  @Override
  void commit(Connection connection) throws SQLException {
    connection.commit();
  }

  @Override
  void rollback(Connection connection) {
    try {
      connection.rollback();
    } catch (SQLException ignored) {
      // the connection is closed next either way
    }
  }

  @Override
  void close(Connection connection) {
    try {
      connection.close();
    } catch (SQLException ignored) {
      // nothing to do
    }
  }
}
