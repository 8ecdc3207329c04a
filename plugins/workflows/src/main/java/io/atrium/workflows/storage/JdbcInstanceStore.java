package io.atrium.workflows.storage;

import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.workflows.engine.ApprovalStatus;
import io.atrium.workflows.engine.InstanceStatus;
import io.atrium.workflows.engine.InstanceStore;
import io.atrium.workflows.engine.ProcessInstance;
import io.atrium.workflows.engine.StaleInstanceException;
import io.atrium.workflows.engine.Task;
import io.atrium.workflows.engine.TaskOrigin;
import io.atrium.workflows.engine.TaskStatus;
import io.atrium.workflows.engine.Token;
import io.atrium.workflows.engine.TokenState;
import io.atrium.workflows.engine.TrailEntry;
import io.atrium.workflows.engine.TrailKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@link InstanceStore} on the plugin's tables. It works in the caller's transaction (or a new one
 * when there is none), writes only the tokens and tasks that changed and the new trail entries, and
 * makes the version check part of the instance's UPDATE, so two writers of one version cannot both
 * succeed.
 */
public final class JdbcInstanceStore implements InstanceStore {

  /** JDBC work on one connection. */
  @FunctionalInterface
  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final PluginPersistence persistence;
  private final Transactions transactions;
  private final String instanceTable;
  private final String tokenTable;
  private final String taskTable;
  private final String trailTable;
  private final String actionTable;

  /** A store on the plugin's database. */
  public JdbcInstanceStore(PluginPersistence persistence, Transactions transactions) {
    this.persistence = persistence;
    this.transactions = transactions;
    String prefix = persistence.tablePrefix();
    this.instanceTable = prefix + "instance";
    this.tokenTable = prefix + "token";
    this.taskTable = prefix + "task";
    this.trailTable = prefix + "trail";
    this.actionTable = prefix + "action";
  }

  @Override
  public Optional<ProcessInstance> find(String instanceId) {
    return jdbc("Reading instance " + instanceId, connection -> read(connection, instanceId));
  }

  @Override
  public void insert(ProcessInstance instance) {
    jdbc("Storing instance " + instance.id(), connection -> {
      try (PreparedStatement sql = connection.prepareStatement("INSERT INTO " + instanceTable
          + " (id, definition_key, definition_version, record_ref, submitter_id, version, status, id_counter)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        sql.setString(1, instance.id());
        sql.setString(2, instance.definitionKey());
        sql.setInt(3, instance.definitionVersion());
        sql.setString(4, instance.recordRef());
        sql.setLong(5, instance.submitterId());
        sql.setLong(6, instance.version());
        sql.setString(7, instance.status().name());
        sql.setInt(8, instance.counter());
        sql.executeUpdate();
      }
      writeChanges(connection, null, instance);
      return null;
    });
  }

  @Override
  public void update(ProcessInstance previous, ProcessInstance next) {
    jdbc("Updating instance " + next.id(), connection -> {
      try (PreparedStatement sql = connection.prepareStatement("UPDATE " + instanceTable
          + " SET version = ?, status = ?, id_counter = ? WHERE id = ? AND version = ?")) {
        sql.setLong(1, next.version());
        sql.setString(2, next.status().name());
        sql.setInt(3, next.counter());
        sql.setString(4, next.id());
        sql.setLong(5, previous.version());
        if (sql.executeUpdate() == 0) {
          long actual = read(connection, next.id()).map(ProcessInstance::version).orElse(0L);
          throw new StaleInstanceException(next.id(), previous.version(), actual);
        }
      }
      writeChanges(connection, previous, next);
      return null;
    });
  }

  @Override
  public Optional<RecordedAction> action(String actionId) {
    return jdbc("Reading action " + actionId, connection -> {
      try (PreparedStatement sql = connection.prepareStatement("SELECT fingerprint, instance_id, version,"
          + " approval_status FROM " + actionTable + " WHERE action_id = ?")) {
        sql.setString(1, actionId);
        try (ResultSet rows = sql.executeQuery()) {
          if (!rows.next()) {
            return Optional.empty();
          }
          return Optional.of(new RecordedAction(actionId, rows.getString(1).strip(), rows.getString(2), rows.getLong(3),
              ApprovalStatus.valueOf(rows.getString(4))));
        }
      }
    });
  }

  @Override
  public void recordAction(RecordedAction action) {
    jdbc("Recording action " + action.actionId(), connection -> {
      try (PreparedStatement sql = connection.prepareStatement("INSERT INTO " + actionTable
          + " (action_id, fingerprint, instance_id, version, approval_status) VALUES (?, ?, ?, ?, ?)")) {
        sql.setString(1, action.actionId());
        sql.setString(2, action.fingerprint());
        sql.setString(3, action.instanceId());
        sql.setLong(4, action.version());
        sql.setString(5, action.approvalStatus().name());
        sql.executeUpdate();
      }
      return null;
    });
  }

  // ---------------------------------------------------------------- writing

  /** Inserts new tokens and tasks, updates changed ones, appends new trail entries. */
  private void writeChanges(Connection connection, ProcessInstance previous, ProcessInstance next) throws SQLException {
    Map<String, Token> oldTokens = previous == null ? Map.of()
        : previous.tokens().stream().collect(Collectors.toMap(Token::id, Function.identity()));
    Map<String, Task> oldTasks = previous == null ? Map.of()
        : previous.tasks().stream().collect(Collectors.toMap(Task::id, Function.identity()));
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + tokenTable
        + " (parent_id, node_id, visit, state, trail, list_index, due_at, instance_id, id)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement update = connection.prepareStatement("UPDATE " + tokenTable
            + " SET parent_id = ?, node_id = ?, visit = ?, state = ?, trail = ?, list_index = ?, due_at = ?"
            + " WHERE instance_id = ? AND id = ?")) {
      for (int i = 0; i < next.tokens().size(); i++) {
        Token token = next.tokens().get(i);
        Token old = oldTokens.get(token.id());
        if (!token.equals(old)) {
          PreparedStatement sql = old == null ? insert : update;
          bindToken(sql, next.id(), token, i);
          sql.addBatch();
        }
      }
      insert.executeBatch();
      update.executeBatch();
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + taskTable
        + " (instance_id, list_index, token_id, node_id, visit, seat, ordinal, assignee_id, origin, status, automatic,"
        + " opened_at, closed_at, pending_at, reminders, escalated, id)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement update = connection.prepareStatement("UPDATE " + taskTable
            + " SET instance_id = ?, list_index = ?, token_id = ?, node_id = ?, visit = ?, seat = ?, ordinal = ?,"
            + " assignee_id = ?, origin = ?, status = ?, automatic = ?, opened_at = ?, closed_at = ?, pending_at = ?,"
            + " reminders = ?, escalated = ? WHERE id = ?")) {
      for (int i = 0; i < next.tasks().size(); i++) {
        Task task = next.tasks().get(i);
        Task old = oldTasks.get(task.id());
        if (!task.equals(old)) {
          PreparedStatement sql = old == null ? insert : update;
          bindTask(sql, next.id(), task, i);
          sql.addBatch();
        }
      }
      insert.executeBatch();
      update.executeBatch();
    }
    int written = previous == null ? 0 : previous.trail().size();
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + trailTable
        + " (instance_id, seq, acted_at, actor_id, kind, node_id, task_id, people, target_node_id, comment_text)"
        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int seq = written; seq < next.trail().size(); seq++) {
        TrailEntry entry = next.trail().get(seq);
        insert.setString(1, next.id());
        insert.setInt(2, seq);
        Rows.setInstant(insert, 3, entry.at());
        Rows.setLong(insert, 4, entry.actorId());
        insert.setString(5, entry.kind().name());
        insert.setString(6, entry.nodeId());
        insert.setString(7, entry.taskId());
        insert.setString(8, Rows.people(entry.people()));
        insert.setString(9, entry.targetNodeId());
        insert.setString(10, entry.comment());
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }

  private static void bindToken(PreparedStatement sql, String instanceId, Token token, int index) throws SQLException {
    sql.setString(1, token.parentId());
    sql.setString(2, token.nodeId());
    sql.setInt(3, token.visit());
    sql.setString(4, token.state().name());
    sql.setString(5, Rows.steps(token.trail()));
    sql.setInt(6, index);
    Rows.setInstant(sql, 7, token.dueAt());
    sql.setString(8, instanceId);
    sql.setString(9, token.id());
  }

  private static void bindTask(PreparedStatement sql, String instanceId, Task task, int index) throws SQLException {
    sql.setString(1, instanceId);
    sql.setInt(2, index);
    sql.setString(3, task.tokenId());
    sql.setString(4, task.nodeId());
    sql.setInt(5, task.visit());
    sql.setInt(6, task.seat());
    sql.setInt(7, task.ordinal());
    sql.setLong(8, task.assigneeId());
    sql.setString(9, task.origin().name());
    sql.setString(10, task.status().name());
    sql.setBoolean(11, task.automatic());
    Rows.setInstant(sql, 12, task.openedAt());
    Rows.setInstant(sql, 13, task.closedAt());
    Rows.setInstant(sql, 14, task.pendingAt());
    sql.setInt(15, task.reminders());
    sql.setBoolean(16, task.escalated());
    sql.setString(17, task.id());
  }

  // ---------------------------------------------------------------- reading

  private Optional<ProcessInstance> read(Connection connection, String instanceId) throws SQLException {
    try (PreparedStatement sql = connection.prepareStatement("SELECT definition_key, definition_version, record_ref,"
        + " submitter_id, version, status, id_counter FROM " + instanceTable + " WHERE id = ?")) {
      sql.setString(1, instanceId);
      try (ResultSet rows = sql.executeQuery()) {
        if (!rows.next()) {
          return Optional.empty();
        }
        return Optional.of(new ProcessInstance(instanceId, rows.getString(1), rows.getInt(2), rows.getString(3),
            rows.getLong(4), rows.getLong(5), InstanceStatus.valueOf(rows.getString(6)),
            tokens(connection, instanceId), tasks(connection, instanceId), trail(connection, instanceId), rows.getInt(7)));
      }
    }
  }

  private List<Token> tokens(Connection connection, String instanceId) throws SQLException {
    List<Token> tokens = new ArrayList<>();
    try (PreparedStatement sql = connection.prepareStatement("SELECT id, parent_id, node_id, visit, state, trail, due_at FROM "
        + tokenTable + " WHERE instance_id = ? ORDER BY list_index")) {
      sql.setString(1, instanceId);
      try (ResultSet rows = sql.executeQuery()) {
        while (rows.next()) {
          tokens.add(new Token(rows.getString("id"), rows.getString("parent_id"), rows.getString("node_id"),
              rows.getInt("visit"), TokenState.valueOf(rows.getString("state")), Rows.steps(rows.getString("trail")),
              Rows.instant(rows, "due_at")));
        }
      }
    }
    return tokens;
  }

  private List<Task> tasks(Connection connection, String instanceId) throws SQLException {
    List<Task> tasks = new ArrayList<>();
    try (PreparedStatement sql = connection.prepareStatement("SELECT id, token_id, node_id, visit, seat, ordinal,"
        + " assignee_id, origin, status, automatic, opened_at, closed_at, pending_at, reminders, escalated FROM "
        + taskTable
        + " WHERE instance_id = ? ORDER BY list_index")) {
      sql.setString(1, instanceId);
      try (ResultSet rows = sql.executeQuery()) {
        while (rows.next()) {
          tasks.add(new Task(rows.getString("id"), rows.getString("token_id"), rows.getString("node_id"),
              rows.getInt("visit"), rows.getInt("seat"), rows.getInt("ordinal"), rows.getLong("assignee_id"),
              TaskOrigin.valueOf(rows.getString("origin")), TaskStatus.valueOf(rows.getString("status")),
              rows.getBoolean("automatic"), Rows.instant(rows, "opened_at"), Rows.instant(rows, "closed_at"),
              Rows.instant(rows, "pending_at"), rows.getInt("reminders"), rows.getBoolean("escalated")));
        }
      }
    }
    return tasks;
  }

  private List<TrailEntry> trail(Connection connection, String instanceId) throws SQLException {
    List<TrailEntry> trail = new ArrayList<>();
    try (PreparedStatement sql = connection.prepareStatement("SELECT acted_at, actor_id, kind, node_id, task_id, people,"
        + " target_node_id, comment_text FROM " + trailTable + " WHERE instance_id = ? ORDER BY seq")) {
      sql.setString(1, instanceId);
      try (ResultSet rows = sql.executeQuery()) {
        while (rows.next()) {
          trail.add(new TrailEntry(Rows.instant(rows, "acted_at"), Rows.nullableLong(rows, "actor_id"),
              TrailKind.valueOf(rows.getString("kind")), rows.getString("node_id"), rows.getString("task_id"),
              Rows.people(rows.getString("people")), rows.getString("target_node_id"), rows.getString("comment_text")));
        }
      }
    }
    return trail;
  }

  private <T> T jdbc(String what, Work<T> work) {
    return transactions.required(() -> {
      try (Connection connection = persistence.dataSource().getConnection()) {
        return work.run(connection);
      } catch (SQLException e) {
        throw new StorageException(what + " failed: " + e.getMessage(), e);
      }
    });
  }
}
