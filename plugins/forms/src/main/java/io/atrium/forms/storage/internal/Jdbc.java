package io.atrium.forms.storage.internal;

import io.atrium.forms.storage.StorageException;
import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Runs JDBC work on the plugin's data source inside the caller's transaction, or a new one. */
public final class Jdbc {

  /** JDBC work on one connection. */
  @FunctionalInterface
  public interface Work<T> {
    /** Does the work. */
    T run(Connection connection) throws SQLException;
  }

  private final PluginPersistence persistence;
  private final Transactions transactions;

  /** Work on this plugin's database. */
  public Jdbc(PluginPersistence persistence, Transactions transactions) {
    this.persistence = persistence;
    this.transactions = transactions;
  }

  /** Runs the work in the current transaction, or a new one; SQL failures become {@link StorageException}. */
  public <T> T required(String what, Work<T> work) {
    return transactions.required(() -> onConnection(what, work));
  }

  /** Runs the work in a new transaction of its own. */
  public <T> T requiresNew(String what, Work<T> work) {
    return transactions.requiresNew(() -> onConnection(what, work));
  }

  /** Runs the work on a connection of the current transaction, which must be active. */
  public <T> T onConnection(String what, Work<T> work) {
    try (Connection connection = persistence.dataSource().getConnection()) {
      return work.run(connection);
    } catch (SQLException e) {
      throw new StorageException(what + " failed: " + e.getMessage(), e);
    }
  }

  /** An instant as written to {@code TIMESTAMP WITH TIME ZONE} columns: UTC. */
  public static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  /** An instant read from a {@code TIMESTAMP WITH TIME ZONE} column. */
  public static Instant instant(java.sql.ResultSet rows, String column) throws SQLException {
    OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** An instant read from a {@code TIMESTAMP WITH TIME ZONE} column by index. */
  public static Instant instant(java.sql.ResultSet rows, int column) throws SQLException {
    OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** A nullable long column. */
  public static Long nullableLong(java.sql.ResultSet rows, String column) throws SQLException {
    long value = rows.getLong(column);
    return rows.wasNull() ? null : value;
  }

  /** Binds a nullable long. */
  public static void setLong(java.sql.PreparedStatement sql, int index, Long value) throws SQLException {
    if (value == null) {
      sql.setNull(index, java.sql.Types.BIGINT);
    } else {
      sql.setLong(index, value);
    }
  }
}
