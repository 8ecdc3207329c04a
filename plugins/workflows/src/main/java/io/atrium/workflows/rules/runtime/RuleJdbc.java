package io.atrium.workflows.rules.runtime;

import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.workflows.storage.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** JDBC on the plugin's tables in the caller's transaction (or a new one), for the rule runtime's stores. */
final class RuleJdbc {

  /** JDBC work on one connection. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final PluginPersistence persistence;
  private final Transactions transactions;

  RuleJdbc(PluginPersistence persistence, Transactions transactions) {
    this.persistence = persistence;
    this.transactions = transactions;
  }

  /** A table's full name. */
  String table(String name) {
    return persistence.tablePrefix() + name;
  }

  <T> T work(String what, Work<T> work) {
    return transactions.required(() -> {
      try (Connection connection = persistence.dataSource().getConnection()) {
        return work.run(connection);
      } catch (SQLException e) {
        throw new StorageException(what + " failed: " + e.getMessage(), e);
      }
    });
  }

  static void setInstant(PreparedStatement sql, int index, Instant value) throws SQLException {
    if (value == null) {
      sql.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      sql.setObject(index, value.atOffset(ZoneOffset.UTC));
    }
  }

  static void setLong(PreparedStatement sql, int index, Long value) throws SQLException {
    if (value == null) {
      sql.setNull(index, Types.BIGINT);
    } else {
      sql.setLong(index, value);
    }
  }

  static Instant instant(ResultSet rows, String column) throws SQLException {
    OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  static Long nullableLong(ResultSet rows, String column) throws SQLException {
    long value = rows.getLong(column);
    return rows.wasNull() ? null : value;
  }
}
