package io.atrium.workflows.storage;

import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** The last urge (催办) per task, in the database so that the rate limit holds across nodes and restarts. */
public final class JdbcUrgeLog {

  private final PluginPersistence persistence;
  private final Transactions transactions;
  private final String table;

  /** A log on the plugin's database. */
  public JdbcUrgeLog(PluginPersistence persistence, Transactions transactions) {
    this.persistence = persistence;
    this.transactions = transactions;
    this.table = persistence.tablePrefix() + "urge";
  }

  /**
   * Records an urge unless the task was urged less than {@code interval} ago.
   *
   * @return empty when recorded, else when the next urge is allowed
   */
  public Optional<Instant> record(String taskId, long userId, Instant now, Duration interval) {
    return transactions.required(() -> {
      try (Connection c = persistence.dataSource().getConnection()) {
        Instant last = last(c, taskId);
        if (last != null && now.isBefore(last.plus(interval))) {
          return Optional.of(last.plus(interval));
        }
        String write = last == null ? "INSERT INTO " + table + " (urged_by, urged_at, task_id) VALUES (?, ?, ?)"
            : "UPDATE " + table + " SET urged_by = ?, urged_at = ? WHERE task_id = ?";
        try (PreparedStatement sql = c.prepareStatement(write)) {
          sql.setLong(1, userId);
          Rows.setInstant(sql, 2, now);
          sql.setString(3, taskId);
          sql.executeUpdate();
        }
        return Optional.<Instant>empty();
      } catch (SQLException e) {
        throw new StorageException("Recording an urge of task " + taskId + " failed: " + e.getMessage(), e);
      }
    });
  }

  private Instant last(Connection c, String taskId) throws SQLException {
    try (PreparedStatement sql = c.prepareStatement("SELECT urged_at FROM " + table + " WHERE task_id = ?")) {
      sql.setString(1, taskId);
      try (ResultSet rows = sql.executeQuery()) {
        return rows.next() ? Rows.instant(rows, "urged_at") : null;
      }
    }
  }
}
