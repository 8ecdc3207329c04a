package io.atrium.workflows.storage;

import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the task table directly for to-do lists (the engine's store reads whole instances), on
 * the to-do index of V1 (assignee, status).
 */
public final class JdbcTaskQueries {

  private static final String PENDING = "PENDING";

  private final PluginPersistence persistence;
  private final Transactions transactions;
  private final String taskTable;
  private final String instanceTable;

  /** Queries on the plugin's database. */
  public JdbcTaskQueries(PluginPersistence persistence, Transactions transactions) {
    this.persistence = persistence;
    this.transactions = transactions;
    this.taskTable = persistence.tablePrefix() + "task";
    this.instanceTable = persistence.tablePrefix() + "instance";
  }

  /** A page of a person's pending tasks, newest first. */
  public List<OpenTask> openTasks(long userId, int offset, int limit) {
    return transactions.required(() -> {
      try (Connection c = persistence.dataSource().getConnection();
          PreparedStatement sql = c.prepareStatement("SELECT t.id, t.instance_id, i.version, i.definition_key,"
              + " i.definition_version, i.record_ref, i.submitter_id, t.node_id, t.opened_at FROM " + taskTable
              + " t JOIN " + instanceTable + " i ON i.id = t.instance_id WHERE t.assignee_id = ? AND t.status = ?"
              + " ORDER BY t.opened_at DESC, t.id LIMIT ? OFFSET ?")) {
        sql.setLong(1, userId);
        sql.setString(2, PENDING);
        sql.setInt(3, limit);
        sql.setInt(4, offset);
        List<OpenTask> tasks = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery()) {
          while (rows.next()) {
            tasks.add(new OpenTask(rows.getString(1), rows.getString(2), rows.getLong(3), rows.getString(4),
                rows.getInt(5), rows.getString(6), rows.getLong(7), rows.getString(8), Rows.instant(rows, "opened_at")));
          }
        }
        return tasks;
      } catch (SQLException e) {
        throw new StorageException("Reading the tasks of user " + userId + " failed: " + e.getMessage(), e);
      }
    });
  }

  /** How many pending tasks a person has. */
  public long countOpen(long userId) {
    return transactions.required(() -> {
      try (Connection c = persistence.dataSource().getConnection();
          PreparedStatement sql = c.prepareStatement("SELECT COUNT(*) FROM " + taskTable
              + " WHERE assignee_id = ? AND status = ?")) {
        sql.setLong(1, userId);
        sql.setString(2, PENDING);
        try (ResultSet rows = sql.executeQuery()) {
          rows.next();
          return rows.getLong(1);
        }
      } catch (SQLException e) {
        throw new StorageException("Counting the tasks of user " + userId + " failed: " + e.getMessage(), e);
      }
    });
  }

  /** The instance a task belongs to. */
  public Optional<String> instanceOf(String taskId) {
    return transactions.required(() -> {
      try (Connection c = persistence.dataSource().getConnection();
          PreparedStatement sql = c.prepareStatement("SELECT instance_id FROM " + taskTable + " WHERE id = ?")) {
        sql.setString(1, taskId);
        try (ResultSet rows = sql.executeQuery()) {
          return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
        }
      } catch (SQLException e) {
        throw new StorageException("Reading task " + taskId + " failed: " + e.getMessage(), e);
      }
    });
  }
}
