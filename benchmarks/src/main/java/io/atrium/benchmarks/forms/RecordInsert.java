package io.atrium.benchmarks.forms;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * The baseline of a REST create: a hand-written prepared {@code INSERT} of the same system columns and
 * field columns the plugin writes (see JdbcRecordStore's insert), with the generated id read back, one
 * transaction per row, on a connection of its own.
 */
final class RecordInsert implements Workers.Operation {

  private final Connection connection;
  private final PreparedStatement insert;
  private final Long userId;

  /**
   * Opens a connection and prepares the statement.
   *
   * @param userId the owner and creator written into each row, as the REST creates wrote them
   */
  RecordInsert(String url, String user, String password, BenchForm.Allocation allocation, Long userId)
      throws SQLException {
    this.connection = DriverManager.getConnection(url, user, password);
    this.connection.setAutoCommit(false);
    this.userId = userId;
    this.insert = connection.prepareStatement("INSERT INTO " + allocation.table() + " (serial, status, owner_id, "
        + "department_id, created_by, created_at, updated_by, updated_at, version, deleted, "
        + allocation.column("title") + ", " + allocation.column("amount") + ", " + allocation.column("day") + ", "
        + allocation.column("category") + ") VALUES (NULL, 'SUBMITTED', ?, NULL, ?, ?, ?, ?, 1, FALSE, ?, ?, ?, ?)",
        Statement.RETURN_GENERATED_KEYS);
  }

  /** The owner of the rows the REST creates wrote (the administrator). */
  static Long ownerOfRows(Connection connection, BenchForm.Allocation allocation) throws SQLException {
    try (Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery("SELECT MIN(owner_id) FROM " + allocation.table())) {
      rows.next();
      long id = rows.getLong(1);
      return rows.wasNull() ? null : id;
    }
  }

  @Override
  public void run(long n) throws SQLException {
    Object[] values = BenchForm.values(n);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    try {
      setLong(1, userId);
      setLong(2, userId);
      insert.setObject(3, now);
      setLong(4, userId);
      insert.setObject(5, now);
      insert.setString(6, (String) values[0]);
      insert.setBigDecimal(7, (BigDecimal) values[1]);
      insert.setObject(8, (LocalDate) values[2]);
      insert.setString(9, (String) values[3]);
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        keys.getLong(1);
      }
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw e;
    }
  }

  private void setLong(int index, Long value) throws SQLException {
    if (value == null) {
      insert.setNull(index, java.sql.Types.BIGINT);
    } else {
      insert.setLong(index, value);
    }
  }

  @Override
  public void close() throws SQLException {
    insert.close();
    connection.close();
  }
}
