package io.atrium.forms.storage.internal;

import io.atrium.forms.schema.SerialPattern;
import io.atrium.sdk.persistence.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Hands out serial numbers from {@code forms_serial_counter}, one row per form, field and period.
 * The row is incremented in the inserting transaction and stays locked until it ends: concurrent
 * submits wait for each other, numbers are unique, and a rolled-back insert gives its number back,
 * so there are no gaps.
 *
 * <p>PostgreSQL increments with one upsert ({@code ON CONFLICT ... DO UPDATE ... RETURNING}), which
 * also settles two first submits of a period racing to create the row. H2 increments the row with
 * {@code UPDATE} in a data-change delta table; when the period has no row yet, the row is created
 * with value 0 in a transaction of its own (a race there only means one of the inserts finds it
 * made), then incremented like any other.
 */
final class SerialCounter {

  private static final int ATTEMPTS = 20;

  private final Jdbc jdbc;
  private final Database database;
  private final String table;

  SerialCounter(Jdbc jdbc, Database database, String prefix) {
    this.jdbc = jdbc;
    this.database = database;
    this.table = prefix + "serial_counter";
  }

  /**
   * Takes the next {@code count} sequence values of a serial field in a period (see
   * {@link SerialPattern#periodKey}); returns the first of them.
   */
  long reserve(Connection connection, long formId, String fieldId, String period, int count) throws SQLException {
    long last = database == Database.POSTGRESQL ? upsert(connection, formId, fieldId, period, count)
        : increment(connection, formId, fieldId, period, count);
    return last - count + 1;
  }

  private long upsert(Connection connection, long formId, String fieldId, String period, int count)
      throws SQLException {
    try (PreparedStatement sql = connection.prepareStatement("INSERT INTO " + table + " (form_id, field_id, period, "
        + "last_value) VALUES (?, ?, ?, ?) ON CONFLICT (form_id, field_id, period) DO UPDATE SET last_value = "
        + table + ".last_value + EXCLUDED.last_value RETURNING last_value")) {
      sql.setLong(1, formId);
      sql.setString(2, fieldId);
      sql.setString(3, period);
      sql.setLong(4, count);
      try (ResultSet rows = sql.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private long increment(Connection connection, long formId, String fieldId, String period, int count)
      throws SQLException {
    for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
      try (PreparedStatement sql = connection.prepareStatement("SELECT last_value FROM FINAL TABLE (UPDATE " + table
          + " SET last_value = last_value + ? WHERE form_id = ? AND field_id = ? AND period = ?)")) {
        sql.setLong(1, count);
        sql.setLong(2, formId);
        sql.setString(3, fieldId);
        sql.setString(4, period);
        try (ResultSet rows = sql.executeQuery()) {
          if (rows.next()) {
            return rows.getLong(1);
          }
        }
      }
      jdbc.requiresNew("Creating the serial counter of " + fieldId, fresh -> create(fresh, formId, fieldId, period));
    }
    throw new SQLException("The serial counter of field " + fieldId + " for " + period + " could not be created");
  }

  private Void create(Connection connection, long formId, String fieldId, String period) throws SQLException {
    try (PreparedStatement sql = connection.prepareStatement("INSERT INTO " + table + " (form_id, field_id, period, "
        + "last_value) VALUES (?, ?, ?, 0)")) {
      sql.setLong(1, formId);
      sql.setString(2, fieldId);
      sql.setString(3, period);
      sql.executeUpdate();
    } catch (SQLException e) {
      if (!"23505".equals(e.getSQLState())) {
        throw e;
      }
      // another submit created it first: fine
    }
    return null;
  }
}
