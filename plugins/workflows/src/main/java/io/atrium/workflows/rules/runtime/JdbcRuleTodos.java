package io.atrium.workflows.rules.runtime;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The to-dos rules create, on table {@code rule_todo} (V151), in the caller's transaction. */
final class JdbcRuleTodos {

  private static final String COLUMNS = "id, assignee_id, rule_key, title, record_ref, due_at, created_at, done_at";

  private final RuleJdbc jdbc;
  private final String table;

  JdbcRuleTodos(RuleJdbc jdbc) {
    this.jdbc = jdbc;
    this.table = jdbc.table("rule_todo");
  }

  /** Adds a to-do unless the action key already made one for the assignee. */
  void add(String actionKey, long assigneeId, String ruleKey, String title, String recordRef, Instant due,
      Instant at) {
    jdbc.work("Creating a to-do of rule " + ruleKey, c -> {
      try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM " + table
          + " WHERE action_key = ? AND assignee_id = ?")) {
        exists.setString(1, actionKey);
        exists.setLong(2, assigneeId);
        try (ResultSet rows = exists.executeQuery()) {
          if (rows.next()) {
            return null;
          }
        }
      }
      try (PreparedStatement sql = c.prepareStatement("INSERT INTO " + table + " (action_key, assignee_id, rule_key,"
          + " title, record_ref, due_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        sql.setString(1, actionKey);
        sql.setLong(2, assigneeId);
        sql.setString(3, ruleKey);
        sql.setString(4, title.length() > 500 ? title.substring(0, 499) + "…" : title);
        sql.setString(5, recordRef);
        RuleJdbc.setInstant(sql, 6, due);
        RuleJdbc.setInstant(sql, 7, at);
        sql.executeUpdate();
      }
      return null;
    });
  }

  /** A person's open to-dos, oldest first, at most {@code limit}. */
  List<RuleTodo> open(long assigneeId, int limit) {
    return jdbc.work("Reading the rule to-dos of user " + assigneeId, c -> {
      try (PreparedStatement sql = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table
          + " WHERE assignee_id = ? AND done_at IS NULL ORDER BY id")) {
        sql.setLong(1, assigneeId);
        sql.setMaxRows(limit);
        List<RuleTodo> todos = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery()) {
          while (rows.next()) {
            todos.add(row(rows));
          }
        }
        return todos;
      }
    });
  }

  /** How many open to-dos a person has. */
  long openCount(long assigneeId) {
    return jdbc.work("Counting the rule to-dos of user " + assigneeId, c -> {
      try (PreparedStatement sql = c.prepareStatement("SELECT COUNT(*) FROM " + table
          + " WHERE assignee_id = ? AND done_at IS NULL")) {
        sql.setLong(1, assigneeId);
        try (ResultSet rows = sql.executeQuery()) {
          rows.next();
          return rows.getLong(1);
        }
      }
    });
  }

  /** A to-do by id. */
  Optional<RuleTodo> find(long id) {
    return jdbc.work("Reading rule to-do " + id, c -> {
      try (PreparedStatement sql = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table + " WHERE id = ?")) {
        sql.setLong(1, id);
        try (ResultSet rows = sql.executeQuery()) {
          return rows.next() ? Optional.of(row(rows)) : Optional.empty();
        }
      }
    });
  }

  /** Marks an open to-do done; false when it was done already. */
  boolean done(long id, Instant at) {
    return jdbc.work("Completing rule to-do " + id, c -> {
      try (PreparedStatement sql = c.prepareStatement("UPDATE " + table + " SET done_at = ? WHERE id = ?"
          + " AND done_at IS NULL")) {
        RuleJdbc.setInstant(sql, 1, at);
        sql.setLong(2, id);
        return sql.executeUpdate() == 1;
      }
    });
  }

  private static RuleTodo row(ResultSet rows) throws SQLException {
    return new RuleTodo(rows.getLong("id"), rows.getLong("assignee_id"), rows.getString("rule_key"),
        rows.getString("title"), rows.getString("record_ref"), RuleJdbc.instant(rows, "due_at"),
        RuleJdbc.instant(rows, "created_at"), RuleJdbc.instant(rows, "done_at"));
  }
}
