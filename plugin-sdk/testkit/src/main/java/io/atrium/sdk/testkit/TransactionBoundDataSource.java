package io.atrium.sdk.testkit;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** Hands out the current transaction's connection when there is one, else a new one of the database. */
final class TransactionBoundDataSource implements DataSource {

  private final DataSource database;
  private final Supplier<Connection> inTransaction;

  TransactionBoundDataSource(DataSource database, Supplier<Connection> inTransaction) {
    this.database = database;
    this.inTransaction = inTransaction;
  }

  @Override
  public Connection getConnection() throws SQLException {
    Connection shared = inTransaction.get();
    return shared != null ? shared : database.getConnection();
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return getConnection();
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return database.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    database.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    database.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return database.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return Logger.getLogger("io.atrium.sdk.testkit");
  }

  @Override
  public <T> T unwrap(Class<T> iface) throws SQLException {
    return database.unwrap(iface);
  }

  @Override
  public boolean isWrapperFor(Class<?> iface) throws SQLException {
    return database.isWrapperFor(iface);
  }
}
