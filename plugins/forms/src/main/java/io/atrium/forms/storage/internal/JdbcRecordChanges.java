package io.atrium.forms.storage.internal;

import io.atrium.forms.storage.RecordChange;
import io.atrium.forms.storage.RecordChanges;
import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.time.AtriumClock;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link RecordChanges} over the table {@code forms_record_change} with plain JDBC. */
@Component(service = RecordChanges.class)
public class JdbcRecordChanges implements RecordChanges {

  private static final String COLUMNS = "seq, form_key, record_id, changed_at";

  private final Jdbc jdbc;
  private final AtriumClock clock;
  private final String table;
  private final ChangeLogRows rows;

  /** Declarative Services injects the host services. */
  @Activate
  public JdbcRecordChanges(@Reference PluginPersistence persistence, @Reference Transactions transactions,
      @Reference AtriumClock clock) {
    this.jdbc = new Jdbc(persistence, transactions);
    this.clock = clock;
    this.table = persistence.tablePrefix() + "record_change";
    this.rows = new ChangeLogRows(persistence.tablePrefix());
  }

  @Override
  public List<RecordChange> after(long seq, int limit) {
    return jdbc.required("Reading the records' change log", connection -> {
      try (PreparedStatement sql = connection.prepareStatement("SELECT " + COLUMNS + " FROM " + table
          + " WHERE seq > ? ORDER BY seq")) {
        sql.setLong(1, seq);
        sql.setMaxRows(limit);
        return read(sql);
      }
    });
  }

  @Override
  public List<RecordChange> between(long from, long to, int limit) {
    return jdbc.required("Reading the records' change log", connection -> {
      try (PreparedStatement sql = connection.prepareStatement("SELECT " + COLUMNS + " FROM " + table
          + " WHERE seq >= ? AND seq <= ? ORDER BY seq")) {
        sql.setLong(1, from);
        sql.setLong(2, to);
        sql.setMaxRows(limit);
        return read(sql);
      }
    });
  }

  @Override
  public long lastBefore(Instant at) {
    return jdbc.required("Reading the records' change log", connection -> {
      try (PreparedStatement sql = connection.prepareStatement("SELECT MAX(seq) FROM " + table
          + " WHERE changed_at < ?")) {
        sql.setObject(1, Jdbc.utc(at));
        try (ResultSet result = sql.executeQuery()) {
          return result.next() ? result.getLong(1) : 0L;
        }
      }
    });
  }

  @Override
  public long last() {
    return jdbc.required("Reading the records' change log", connection -> {
      try (PreparedStatement sql = connection.prepareStatement("SELECT MAX(seq) FROM " + table);
          ResultSet result = sql.executeQuery()) {
        return result.next() ? result.getLong(1) : 0L;
      }
    });
  }

  @Override
  public void wholeFormChanged(String formKey) {
    jdbc.required("Writing the records' change log", connection -> {
      rows.append(connection, formKey, Collections.singletonList(null), clock.now());
      return null;
    });
  }

  @Override
  public int pruneBefore(Instant at) {
    return jdbc.required("Pruning the records' change log", connection -> {
      try (PreparedStatement sql = connection.prepareStatement("DELETE FROM " + table + " WHERE changed_at < ?")) {
        sql.setObject(1, Jdbc.utc(at.truncatedTo(ChronoUnit.MICROS)));
        return sql.executeUpdate();
      }
    });
  }

  private static List<RecordChange> read(PreparedStatement sql) throws SQLException {
    List<RecordChange> changes = new ArrayList<>();
    try (ResultSet result = sql.executeQuery()) {
      while (result.next()) {
        changes.add(new RecordChange(result.getLong(1), result.getString(2), Jdbc.nullableLong(result, "record_id"),
            Jdbc.instant(result, 4)));
      }
    }
    return changes;
  }
}
