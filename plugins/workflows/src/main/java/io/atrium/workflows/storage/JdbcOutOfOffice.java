package io.atrium.workflows.storage;

import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.workflows.engine.Absences;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** The out-of-office periods, one per person, shared by all nodes; the engine asks it for stand-ins. */
public final class JdbcOutOfOffice implements Absences {

  private final PluginPersistence persistence;
  private final Transactions transactions;
  private final String table;

  /** The periods on the plugin's database. */
  public JdbcOutOfOffice(PluginPersistence persistence, Transactions transactions) {
    this.persistence = persistence;
    this.transactions = transactions;
    this.table = persistence.tablePrefix() + "out_of_office";
  }

  @Override
  public Optional<Long> standIn(long userId, Instant at) {
    return find(userId).filter(period -> period.covers(at)).map(OutOfOffice::standInId);
  }

  /** A person's period, past, present or future; empty when none is set. */
  public Optional<OutOfOffice> find(long userId) {
    return transactions.required(() -> {
      try (Connection c = persistence.dataSource().getConnection();
          PreparedStatement sql = c.prepareStatement(
              "SELECT stand_in_id, starts_at, ends_at FROM " + table + " WHERE user_id = ?")) {
        sql.setLong(1, userId);
        try (ResultSet rows = sql.executeQuery()) {
          return rows.next() ? Optional.of(new OutOfOffice(userId, rows.getLong("stand_in_id"),
              Rows.instant(rows, "starts_at"), Rows.instant(rows, "ends_at"))) : Optional.<OutOfOffice>empty();
        }
      } catch (SQLException e) {
        throw new StorageException("Reading the out-of-office period of user " + userId + " failed: "
            + e.getMessage(), e);
      }
    });
  }

  /** Sets a person's period, replacing the one they had. */
  public void save(OutOfOffice period) {
    transactions.required(() -> {
      try (Connection c = persistence.dataSource().getConnection()) {
        if (write(c, "UPDATE " + table + " SET stand_in_id = ?, starts_at = ?, ends_at = ? WHERE user_id = ?",
            period) == 0) {
          write(c, "INSERT INTO " + table + " (stand_in_id, starts_at, ends_at, user_id) VALUES (?, ?, ?, ?)",
              period);
        }
        return null;
      } catch (SQLException e) {
        throw new StorageException("Saving the out-of-office period of user " + period.userId() + " failed: "
            + e.getMessage(), e);
      }
    });
  }

  /** Removes a person's period; false when they had none. */
  public boolean clear(long userId) {
    return transactions.required(() -> {
      try (Connection c = persistence.dataSource().getConnection();
          PreparedStatement sql = c.prepareStatement("DELETE FROM " + table + " WHERE user_id = ?")) {
        sql.setLong(1, userId);
        return sql.executeUpdate() > 0;
      } catch (SQLException e) {
        throw new StorageException("Clearing the out-of-office period of user " + userId + " failed: "
            + e.getMessage(), e);
      }
    });
  }

  private static int write(Connection c, String statement, OutOfOffice period) throws SQLException {
    try (PreparedStatement sql = c.prepareStatement(statement)) {
      sql.setLong(1, period.standInId());
      Rows.setInstant(sql, 2, period.startsAt());
      Rows.setInstant(sql, 3, period.endsAt());
      sql.setLong(4, period.userId());
      return sql.executeUpdate();
    }
  }
}
