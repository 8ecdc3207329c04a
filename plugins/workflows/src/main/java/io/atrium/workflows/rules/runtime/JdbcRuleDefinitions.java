package io.atrium.workflows.rules.runtime;

import io.atrium.workflows.rules.Rule;
import io.atrium.workflows.rules.json.RuleJson;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The saved rules on table {@code rule_definition} (V151), in the caller's transaction. */
final class JdbcRuleDefinitions {

  private static final String COLUMNS = "rule_key, rule_json, enabled, version, saved_by, saved_at";

  private final RuleJdbc jdbc;
  private final String table;
  private final RuleJson json = new RuleJson();

  JdbcRuleDefinitions(RuleJdbc jdbc) {
    this.jdbc = jdbc;
    this.table = jdbc.table("rule_definition");
  }

  /** Every rule, by key. */
  List<StoredRule> list() {
    return jdbc.work("Reading the rules", c -> {
      try (PreparedStatement sql = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table + " ORDER BY rule_key");
          ResultSet rows = sql.executeQuery()) {
        List<StoredRule> rules = new ArrayList<>();
        while (rows.next()) {
          rules.add(row(rows));
        }
        return rules;
      }
    });
  }

  /** A rule by key. */
  Optional<StoredRule> find(String key) {
    return jdbc.work("Reading rule " + key, c -> {
      try (PreparedStatement sql = c.prepareStatement("SELECT " + COLUMNS + " FROM " + table + " WHERE rule_key = ?")) {
        sql.setString(1, key);
        try (ResultSet rows = sql.executeQuery()) {
          return rows.next() ? Optional.of(row(rows)) : Optional.empty();
        }
      }
    });
  }

  /** Stores a new rule at version 1. */
  void insert(StoredRule rule) {
    jdbc.work("Saving rule " + rule.key(), c -> {
      try (PreparedStatement sql = c.prepareStatement("INSERT INTO " + table + " (rule_key, name, source_key, enabled,"
          + " rule_json, version, saved_by, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        bind(sql, rule);
        sql.executeUpdate();
      }
      return null;
    });
  }

  /** Replaces a rule if it is still at {@code expected}; false when it moved on (or is gone). */
  boolean update(StoredRule rule, long expected) {
    return jdbc.work("Saving rule " + rule.key(), c -> {
      try (PreparedStatement sql = c.prepareStatement("UPDATE " + table + " SET rule_key = ?, name = ?,"
          + " source_key = ?, enabled = ?, rule_json = ?, version = ?, saved_by = ?, saved_at = ?"
          + " WHERE rule_key = ? AND version = ?")) {
        bind(sql, rule);
        sql.setString(9, rule.key());
        sql.setLong(10, expected);
        return sql.executeUpdate() == 1;
      }
    });
  }

  /** Deletes a rule; false when there was none. */
  boolean delete(String key) {
    return jdbc.work("Deleting rule " + key, c -> {
      try (PreparedStatement sql = c.prepareStatement("DELETE FROM " + table + " WHERE rule_key = ?")) {
        sql.setString(1, key);
        return sql.executeUpdate() == 1;
      }
    });
  }

  private static void bind(PreparedStatement sql, StoredRule stored) throws SQLException {
    Rule rule = stored.rule();
    sql.setString(1, rule.id());
    sql.setString(2, rule.name() == null ? rule.id() : rule.name());
    sql.setString(3, rule.source());
    sql.setBoolean(4, rule.enabled());
    sql.setString(5, stored.json());
    sql.setLong(6, stored.version());
    RuleJdbc.setLong(sql, 7, stored.savedBy());
    RuleJdbc.setInstant(sql, 8, stored.savedAt());
  }

  private StoredRule row(ResultSet rows) throws SQLException {
    String text = rows.getString("rule_json");
    Rule parsed = json.read(text);
    boolean enabled = rows.getBoolean("enabled");
    Rule rule = new Rule(parsed.id(), parsed.name(), enabled, parsed.source(), parsed.trigger(), parsed.condition(),
        parsed.actions());
    return new StoredRule(rule, text, rows.getLong("version"), RuleJdbc.nullableLong(rows, "saved_by"),
        RuleJdbc.instant(rows, "saved_at"));
  }
}
