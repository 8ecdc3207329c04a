package io.atrium.forms.storage.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads stored data a narrowing change depends on, before any DDL runs. Deleted records count:
 * their data must survive too. Names come from the allocation only.
 */
final class DataInspector {

  /** Rows holding a value too long for a new length, and the longest one. */
  record TooLong(long rows, long longest) {
  }

  private final Connection connection;

  DataInspector(Connection connection) {
    this.connection = connection;
  }

  /** How many rows hold text longer than {@code length} characters. */
  TooLong longerThan(String table, String column, int length) throws SQLException {
    try (PreparedStatement sql = connection.prepareStatement("SELECT COUNT(*), MAX(LENGTH(" + column + ")) FROM "
        + table + " WHERE LENGTH(" + column + ") > ?")) {
      sql.setInt(1, length);
      try (ResultSet rows = sql.executeQuery()) {
        rows.next();
        return new TooLong(rows.getLong(1), rows.getLong(2));
      }
    }
  }

  /** How many rows hold a number with more than {@code scale} decimals. */
  long moreDecimalsThan(String table, String column, int scale) throws SQLException {
    // scale is a number the planner computed, not text from a user
    return count("SELECT COUNT(*) FROM " + table + " WHERE " + column + " <> ROUND(" + column + ", " + scale + ")");
  }

  /** How many values occur in more than one live record. */
  long duplicatedValues(String table, String column) throws SQLException {
    return count("SELECT COUNT(*) FROM (SELECT " + column + " FROM " + table + " WHERE " + Ddl.LIVE + " AND "
        + column + " IS NOT NULL GROUP BY " + column + " HAVING COUNT(*) > 1) d");
  }

  private long count(String query) throws SQLException {
    try (PreparedStatement sql = connection.prepareStatement(query); ResultSet rows = sql.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
