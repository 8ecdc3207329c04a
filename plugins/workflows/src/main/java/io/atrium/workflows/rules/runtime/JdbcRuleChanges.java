package io.atrium.workflows.rules.runtime;

import io.atrium.workflows.rules.run.RuleOrigin;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which rule run made a record change, by the record and the version it left (table
 * {@code rule_change}, V151): written with the change, read when its {@code record/updated} event
 * comes back through the outbox, so a rule does not trigger itself.
 */
final class JdbcRuleChanges {

  private static final String SEPARATOR = " ";

  private final RuleJdbc jdbc;
  private final String table;

  JdbcRuleChanges(RuleJdbc jdbc) {
    this.jdbc = jdbc;
    this.table = jdbc.table("rule_change");
  }

  /** Records the origin of the change that left the record at {@code version}. */
  void made(String recordRef, long version, RuleOrigin origin, Instant at) {
    jdbc.work("Recording the rule change of " + recordRef, c -> {
      try (PreparedStatement sql = c.prepareStatement("INSERT INTO " + table + " (record_ref, version, chain, run_id,"
          + " made_at) VALUES (?, ?, ?, ?, ?)")) {
        sql.setString(1, recordRef);
        sql.setLong(2, version);
        String chain = String.join(SEPARATOR, origin.chain());
        sql.setString(3, chain.length() > 2000 ? chain.substring(0, 2000) : chain);
        sql.setString(4, origin.runId().length() > 500 ? origin.runId().substring(0, 500) : origin.runId());
        RuleJdbc.setInstant(sql, 5, at);
        sql.executeUpdate();
      }
      return null;
    });
  }

  /** The origin of the change that left the record at {@code version}, or empty for a person's or the system's. */
  Optional<RuleOrigin> origin(String recordRef, long version) {
    return jdbc.work("Reading the rule change of " + recordRef, c -> {
      try (PreparedStatement sql = c.prepareStatement("SELECT chain, run_id FROM " + table
          + " WHERE record_ref = ? AND version = ?")) {
        sql.setString(1, recordRef);
        sql.setLong(2, version);
        try (ResultSet rows = sql.executeQuery()) {
          return rows.next() ? Optional.of(new RuleOrigin(Arrays.asList(rows.getString(1).split(SEPARATOR)),
              rows.getString(2))) : Optional.empty();
        }
      }
    });
  }
}
