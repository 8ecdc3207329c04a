package io.atrium.benchmarks.workflows;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * The form record each instance approves: one row, inserted in the start's transaction and given its
 * final approval status in the last approval's transaction, the same SQL for both engines.
 */
final class FormRecords {

  static final String TABLE = "bench_form_record";

  private FormRecords() {
  }

  /** Creates the table. */
  static void create(DataSource database) throws SQLException {
    try (Connection connection = database.getConnection(); Statement sql = connection.createStatement()) {
      sql.execute("CREATE TABLE " + TABLE + " (ref VARCHAR(64) PRIMARY KEY, engine VARCHAR(16) NOT NULL,"
          + " title VARCHAR(200) NOT NULL, amount DECIMAL(12, 2) NOT NULL, approval_status VARCHAR(16) NOT NULL,"
          + " created_at TIMESTAMP NOT NULL, decided_at TIMESTAMP)");
    }
  }

  /** Inserts a new record in its first status. */
  static void insert(Connection connection, String ref, String engine, String status) throws SQLException {
    try (PreparedStatement sql = connection.prepareStatement("INSERT INTO " + TABLE
        + " (ref, engine, title, amount, approval_status, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      sql.setString(1, ref);
      sql.setString(2, engine);
      sql.setString(3, "Travel expenses " + ref);
      sql.setBigDecimal(4, new BigDecimal("1280.50"));
      sql.setString(5, status);
      sql.setTimestamp(6, Timestamp.from(Instant.now()));
      sql.executeUpdate();
    }
  }

  /** Writes the record's final approval status; fails when the record is not there. */
  static void decide(Connection connection, String ref, String status) throws SQLException {
    try (PreparedStatement sql = connection.prepareStatement("UPDATE " + TABLE
        + " SET approval_status = ?, decided_at = ? WHERE ref = ?")) {
      sql.setString(1, status);
      sql.setTimestamp(2, Timestamp.from(Instant.now()));
      sql.setString(3, ref);
      if (sql.executeUpdate() != 1) {
        throw new IllegalStateException("Form record " + ref + " is missing");
      }
    }
  }

  /** How many of an engine's records ended in a status. */
  static long count(DataSource database, String engine, String status) throws SQLException {
    try (Connection connection = database.getConnection(); PreparedStatement sql = connection.prepareStatement(
        "SELECT COUNT(*) FROM " + TABLE + " WHERE engine = ? AND approval_status = ?")) {
      sql.setString(1, engine);
      sql.setString(2, status);
      try (ResultSet rows = sql.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }
}
