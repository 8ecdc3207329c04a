package io.atrium.workflows.rules.storage;

import io.atrium.sdk.persistence.Database;
import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.rules.TriggerKind;
import io.atrium.workflows.rules.run.AppliedKeys;
import io.atrium.workflows.rules.run.Cursors;
import io.atrium.workflows.rules.run.LoggedRun;
import io.atrium.workflows.rules.run.RuleRun;
import io.atrium.workflows.rules.run.RunLog;
import io.atrium.workflows.rules.run.RunOutcome;
import io.atrium.workflows.rules.timing.CheckMarks;
import io.atrium.workflows.storage.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Run log, applied action keys, round-robin cursors and catch-up marks on the plugin's tables, in the
 * caller's transaction (or a new one when there is none), so an applied key is kept exactly when the
 * action's changes are.
 */
public final class JdbcRuleStore implements RunLog, AppliedKeys, Cursors, CheckMarks {

  /** The longest effects text kept per run. */
  static final int MAX_EFFECTS = 10_000;
  private static final String SEPARATOR = "\u001f";

  /** JDBC work on one connection. */
  @FunctionalInterface
  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** SQL state of a unique-key violation, on H2 and PostgreSQL alike. */
  private static final String DUPLICATE_KEY = "23505";

  private final PluginPersistence persistence;
  private final Transactions transactions;
  private final String runTable;
  private final String appliedTable;
  private final String cursorTable;
  private final String checkTable;

  /** A store on the plugin's database. */
  public JdbcRuleStore(PluginPersistence persistence, Transactions transactions) {
    this.persistence = persistence;
    this.transactions = transactions;
    String prefix = persistence.tablePrefix();
    this.runTable = prefix + "rule_run";
    this.appliedTable = prefix + "rule_applied";
    this.cursorTable = prefix + "rule_cursor";
    this.checkTable = prefix + "rule_check";
  }

  @Override
  public void append(RuleRun run) {
    LoggedRun logged = LoggedRun.of(run);
    jdbc("Logging run " + run.runId(), connection -> {
      try (PreparedStatement sql = connection.prepareStatement("INSERT INTO " + runTable + " (rule_id, run_id, event_id,"
          + " trigger_kind, record_ref, outcome, is_test, message_key, message_args, effects, ran_at)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        sql.setString(1, logged.ruleId());
        sql.setString(2, logged.runId());
        sql.setString(3, logged.eventId());
        sql.setString(4, logged.trigger().name());
        sql.setString(5, logged.record());
        sql.setString(6, logged.outcome().name());
        sql.setBoolean(7, logged.test());
        sql.setString(8, logged.message() == null ? null : logged.message().key());
        sql.setString(9, logged.message() == null ? null : String.join(SEPARATOR, logged.message().args()));
        String effects = logged.effects();
        sql.setString(10, effects.length() > MAX_EFFECTS ? effects.substring(0, MAX_EFFECTS - 1) + "…" : effects);
        sql.setObject(11, logged.at().atOffset(ZoneOffset.UTC));
        sql.executeUpdate();
      }
      return null;
    });
  }

  @Override
  public List<LoggedRun> recent(String ruleId, int limit) {
    return jdbc("Reading the runs of rule " + ruleId, connection -> {
      try (PreparedStatement sql = connection.prepareStatement("SELECT run_id, event_id, trigger_kind, record_ref,"
          + " outcome, is_test, message_key, message_args, effects, ran_at FROM " + runTable
          + " WHERE rule_id = ? ORDER BY id DESC")) {
        sql.setString(1, ruleId);
        sql.setMaxRows(limit);
        List<LoggedRun> runs = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery()) {
          while (rows.next()) {
            runs.add(new LoggedRun(ruleId, rows.getString(1), rows.getString(2), TriggerKind.valueOf(rows.getString(3)),
                rows.getString(4), RunOutcome.valueOf(rows.getString(5)), rows.getBoolean(6),
                message(rows.getString(7), rows.getString(8)), rows.getString(9),
                rows.getObject(10, OffsetDateTime.class).toInstant()));
          }
        }
        return runs;
      }
    });
  }

  @Override
  public boolean isApplied(String actionKey) {
    return jdbc("Reading action key " + actionKey, connection -> {
      try (PreparedStatement sql = connection.prepareStatement("SELECT 1 FROM " + appliedTable
          + " WHERE action_key = ?")) {
        sql.setString(1, actionKey);
        try (ResultSet rows = sql.executeQuery()) {
          return rows.next();
        }
      }
    });
  }

  @Override
  public void markApplied(String actionKey, Instant at) {
    jdbc("Recording action key " + actionKey, connection -> {
      // a second writer of the same key fails on the primary key, and its run rolls back
      try (PreparedStatement sql = connection.prepareStatement("INSERT INTO " + appliedTable
          + " (action_key, applied_at) VALUES (?, ?)")) {
        sql.setString(1, actionKey);
        sql.setObject(2, at.atOffset(ZoneOffset.UTC));
        sql.executeUpdate();
      }
      return null;
    });
  }

  /** Forgets applied keys older than an instant (no event is redelivered that late); returns how many. */
  public int forgetAppliedBefore(Instant before) {
    return jdbc("Forgetting action keys", connection -> {
      try (PreparedStatement sql = connection.prepareStatement("DELETE FROM " + appliedTable
          + " WHERE applied_at < ?")) {
        sql.setObject(1, before.atOffset(ZoneOffset.UTC));
        return sql.executeUpdate();
      }
    });
  }

  @Override
  public long peek(String key) {
    return jdbc("Reading cursor " + key, connection -> position(connection, key).orElse(0L));
  }

  @Override
  public long advance(String key) {
    Optional<Long> turn = jdbc("Moving cursor " + key, connection -> increment(connection, key));
    if (turn.isPresent()) {
      return turn.get();
    }
    // a cursor's first turn: the row is made in a transaction of its own, so two first turns at
    // once do not collide on the key inside their callers' transactions; then both increment it
    transactions.requiresNew(() -> jdbc("Creating cursor " + key, connection -> create(connection, key)));
    return jdbc("Moving cursor " + key, connection -> increment(connection, key))
        .orElseThrow(() -> new StorageException("Cursor " + key + " vanished while it was moved", null));
  }

  private Optional<Long> increment(Connection connection, String key) throws SQLException {
    // the UPDATE locks the row, so concurrent turns are handed out one after the other
    try (PreparedStatement sql = connection.prepareStatement("UPDATE " + cursorTable
        + " SET position = position + 1 WHERE cursor_key = ?")) {
      sql.setString(1, key);
      if (sql.executeUpdate() == 0) {
        return Optional.empty();
      }
    }
    return Optional.of(position(connection, key).orElseThrow() - 1);
  }

  private Void create(Connection connection, String key) throws SQLException {
    boolean postgres = persistence.database() == Database.POSTGRESQL;
    try (PreparedStatement sql = connection.prepareStatement("INSERT INTO " + cursorTable
        + " (cursor_key, position) VALUES (?, 0)" + (postgres ? " ON CONFLICT (cursor_key) DO NOTHING" : ""))) {
      sql.setString(1, key);
      sql.executeUpdate();
    } catch (SQLException e) {
      if (!DUPLICATE_KEY.equals(e.getSQLState())) {
        throw e;
      }
      // another first turn made it a moment ago
    }
    return null;
  }

  @Override
  public Optional<Instant> checkedUntil(String ruleId) {
    return jdbc("Reading the check mark of rule " + ruleId, connection -> {
      try (PreparedStatement sql = connection.prepareStatement("SELECT checked_until FROM " + checkTable
          + " WHERE rule_id = ?")) {
        sql.setString(1, ruleId);
        try (ResultSet rows = sql.executeQuery()) {
          return rows.next() ? Optional.of(rows.getObject(1, OffsetDateTime.class).toInstant()) : Optional.empty();
        }
      }
    });
  }

  @Override
  public void checked(String ruleId, Instant until) {
    jdbc("Writing the check mark of rule " + ruleId, connection -> {
      try (PreparedStatement sql = connection.prepareStatement("UPDATE " + checkTable
          + " SET checked_until = ? WHERE rule_id = ?")) {
        sql.setObject(1, until.atOffset(ZoneOffset.UTC));
        sql.setString(2, ruleId);
        if (sql.executeUpdate() == 1) {
          return null;
        }
      }
      try (PreparedStatement sql = connection.prepareStatement("INSERT INTO " + checkTable
          + " (rule_id, checked_until) VALUES (?, ?)")) {
        sql.setString(1, ruleId);
        sql.setObject(2, until.atOffset(ZoneOffset.UTC));
        sql.executeUpdate();
      }
      return null;
    });
  }

  private Optional<Long> position(Connection connection, String key) throws SQLException {
    try (PreparedStatement sql = connection.prepareStatement("SELECT position FROM " + cursorTable
        + " WHERE cursor_key = ?")) {
      sql.setString(1, key);
      try (ResultSet rows = sql.executeQuery()) {
        return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
      }
    }
  }

  private static WorkflowsMessage message(String key, String args) {
    if (key == null) {
      return null;
    }
    return new WorkflowsMessage(key, args == null || args.isEmpty() ? List.of()
        : Arrays.asList(args.split(SEPARATOR, -1)));
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
