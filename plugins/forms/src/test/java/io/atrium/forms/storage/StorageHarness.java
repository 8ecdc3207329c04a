package io.atrium.forms.storage;

import io.atrium.forms.storage.internal.JdbcFormPublisher;
import io.atrium.forms.storage.internal.JdbcFormStore;
import io.atrium.forms.storage.internal.JdbcRecordStore;
import io.atrium.sdk.persistence.Database;
import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.time.AtriumClock;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * A database with the forms plugin's migrations and the host services the storage needs: H2 through
 * the test kit, or PostgreSQL. The contract tests run on both.
 */
public abstract class StorageHarness implements AutoCloseable {

  private FormStore forms;
  private FormPublisher publisher;
  private JdbcRecordStore records;
  private RecordAggregates aggregates;

  /** The plugin's persistence. */
  public abstract PluginPersistence persistence();

  /** Transactions over the database. */
  public abstract Transactions transactions();

  /** The clock (company zone Asia/Shanghai). */
  public abstract AtriumClock clock();

  /** The caller. */
  public abstract CurrentUser user();

  /** Moves the clock on. */
  public abstract void advanceClock(java.time.Duration amount);

  /** Plain connections for assertions, outside any transaction. */
  public abstract DataSource raw();

  /** The database product. */
  public Database database() {
    return persistence().database();
  }

  /** The form store. */
  public FormStore forms() {
    if (forms == null) {
      forms = new JdbcFormStore(persistence(), transactions(), clock());
    }
    return forms;
  }

  /** The publisher. */
  public FormPublisher publisher() {
    if (publisher == null) {
      publisher = new JdbcFormPublisher(persistence(), transactions(), forms());
    }
    return publisher;
  }

  /** The record store. */
  public JdbcRecordStore records() {
    if (records == null) {
      records = new JdbcRecordStore(persistence(), transactions(), clock(), user());
    }
    return records;
  }

  /** The dataset queries. */
  public RecordAggregates aggregates() {
    if (aggregates == null) {
      aggregates = new io.atrium.forms.storage.internal.JdbcRecordAggregates(persistence(), transactions(), clock());
    }
    return aggregates;
  }

  /** Runs a statement on a plain connection. */
  public void sql(String statement) {
    try (Connection connection = raw().getConnection(); Statement sql = connection.createStatement()) {
      sql.execute(statement);
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** The first column of every row of a query, on a plain connection. */
  public List<Object> column(String query) {
    try (Connection connection = raw().getConnection(); Statement sql = connection.createStatement();
        ResultSet rows = sql.executeQuery(query)) {
      List<Object> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getObject(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** A single number a query returns. */
  public long number(String query) {
    return ((Number) column(query).get(0)).longValue();
  }

  /** Column name to its type ({@link ColumnType#toString()}, or the database's name for other types). */
  public java.util.Map<String, String> columns(String table) {
    java.util.Map<String, String> columns = new java.util.TreeMap<>();
    try (Connection connection = raw().getConnection(); java.sql.PreparedStatement sql = connection.prepareStatement(
        "SELECT LOWER(column_name), LOWER(data_type), character_maximum_length, numeric_scale FROM "
            + "information_schema.columns WHERE table_schema = CURRENT_SCHEMA AND LOWER(table_name) = ?")) {
      sql.setString(1, table);
      try (ResultSet rows = sql.executeQuery()) {
        while (rows.next()) {
          ColumnType type = JdbcFormPublisher.columnType(rows.getString(2),
              JdbcFormPublisher.number(rows.getObject(3)), JdbcFormPublisher.number(rows.getObject(4)));
          columns.put(rows.getString(1), type == null ? rows.getString(2) : type.toString());
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
    return columns;
  }

  /** Whether a table exists. */
  public boolean tableExists(String table) {
    return !columns(table).isEmpty();
  }

  /** Lower-case names of a table's indexes. */
  public java.util.Set<String> indexes(String table) {
    String query = database() == Database.POSTGRESQL
        ? "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = '" + table + "'"
        : "SELECT LOWER(index_name) FROM information_schema.indexes WHERE table_schema = CURRENT_SCHEMA "
            + "AND LOWER(table_name) = '" + table + "'";
    java.util.Set<String> names = new java.util.TreeSet<>();
    column(query).forEach(name -> names.add(name.toString().toLowerCase(java.util.Locale.ROOT)));
    return names;
  }

  @Override
  public abstract void close();
}
