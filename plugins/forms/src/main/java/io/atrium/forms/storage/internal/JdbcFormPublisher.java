package io.atrium.forms.storage.internal;

import io.atrium.forms.schema.FormSchema;
import io.atrium.forms.storage.ColumnType;
import io.atrium.forms.storage.FormChangedException;
import io.atrium.forms.storage.FormNotFoundException;
import io.atrium.forms.storage.FormPublisher;
import io.atrium.forms.storage.FormStore;
import io.atrium.forms.storage.FormVersion;
import io.atrium.forms.storage.MigrationPlan;
import io.atrium.forms.storage.MigrationStep;
import io.atrium.forms.storage.PublishFailedException;
import io.atrium.forms.storage.PublishResult;
import io.atrium.forms.storage.SqlType;
import io.atrium.forms.storage.StoredForm;
import io.atrium.forms.storage.TableAllocation;
import io.atrium.sdk.persistence.Database;
import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link FormPublisher} over JDBC. A publish is one transaction (the caller's, or one of its own):
 * it locks the form's row (so publishes of one form run one after the other), plans, refuses before
 * any DDL when a change is refused, runs the DDL and records the version and allocation.
 *
 * <p>On PostgreSQL all of it is one transaction: a failure changes nothing. H2 commits every DDL
 * statement at once, so there the DDL runs in a transaction of its own (keeping the caller's
 * transaction intact) and every step is idempotent: names are derived from the allocation that was
 * committed last, so publishing again after a failure finds the same names, skips what exists and
 * completes the rest. A column left by a failed attempt for another type is not in any allocation,
 * so it holds no data and is given the type the plan wants.
 */
@Component(service = FormPublisher.class)
public class JdbcFormPublisher implements FormPublisher {

  private final PluginPersistence persistence;
  private final Transactions transactions;
  private final Jdbc jdbc;
  private final ChangeLogRows changes;
  private final JdbcFormStore forms;
  private final String prefix;

  /** Declarative Services injects the host services through this constructor. */
  @Activate
  public JdbcFormPublisher(@Reference PluginPersistence persistence, @Reference Transactions transactions,
      @Reference FormStore forms) {
    this.persistence = persistence;
    this.transactions = transactions;
    this.jdbc = new Jdbc(persistence, transactions);
    this.changes = new ChangeLogRows(persistence.tablePrefix());
    if (!(forms instanceof JdbcFormStore store)) {
      throw new IllegalArgumentException("The publisher works with the JDBC form store, not " + forms);
    }
    this.forms = store;
    this.prefix = persistence.tablePrefix();
  }

  @Override
  public MigrationPlan plan(long formId, FormSchema schema) {
    return jdbc.required("Planning the publish of form " + formId, connection -> {
      StoredForm form = forms.find(formId).orElseThrow(() -> new FormNotFoundException(formId));
      return plan(connection, form, schema);
    });
  }

  @Override
  public PublishResult publish(long formId, FormSchema schema, String schemaJson, String changeSummary,
      int expectedVersion, Long userId) {
    // one transaction from the lock to the record: a second publish of the form waits at the lock
    return transactions.required(() -> publishLocked(formId, schema, schemaJson, changeSummary, expectedVersion,
        userId));
  }

  private PublishResult publishLocked(long formId, FormSchema schema, String schemaJson, String changeSummary,
      int expectedVersion, Long userId) {
    Database database = persistence.database();
    MigrationPlan plan = jdbc.required("Planning the publish of form " + formId, connection -> {
      StoredForm form = forms.lock(connection, formId);
      if (expectedVersion >= 0 && form.publishedVersion() != expectedVersion) {
        throw new FormChangedException("Form " + form.key() + " was published by someone else meanwhile (version "
            + form.publishedVersion() + ", your plan starts from version " + expectedVersion + "); review the "
            + "changes again");
      }
      if (!schema.key().equals(form.key())) {
        throw new IllegalArgumentException("The schema's key " + schema.key() + " is not the form's key "
            + form.key());
      }
      return plan(connection, form, schema);
    });
    plan.requireAllowed();
    if (database == Database.POSTGRESQL) {
      jdbc.required("Publishing form " + formId, connection -> apply(connection, plan, database));
    } else {
      // H2 would commit the caller's work with the first DDL statement
      jdbc.requiresNew("Publishing form " + formId, connection -> apply(connection, plan, database));
    }
    FormVersion version = jdbc.required("Recording the publish of form " + formId, connection -> {
      StoredForm form = forms.lock(connection, formId);
      if (form.publishedVersion() != plan.baseVersion()) {
        throw new FormChangedException("Form " + form.key() + " was published by someone else meanwhile; publish "
            + "again");
      }
      String summary = changeSummary != null ? changeSummary : plan.changeSummaryJson();
      FormVersion recorded = forms.recordVersion(connection, form, plan.allocation(), schemaJson, summary, userId);
      // fields may have moved or changed type: every node indexes the form's records again
      changes.append(connection, form.key(), java.util.Collections.singletonList(null), forms.now());
      return recorded;
    });
    return new PublishResult(version, plan);
  }

  private MigrationPlan plan(Connection connection, StoredForm form, FormSchema schema) throws SQLException {
    TableAllocation allocation = forms.allocation(connection, form.id());
    MigrationPlanner planner = new MigrationPlanner(form.id(), form.publishedVersion(), form.key(), allocation,
        new Ddl(persistence.database()), new DataInspector(connection), key -> publishedForm(connection, key),
        id -> JdbcFormStore.recordTable(prefix, id));
    return planner.plan(schema);
  }

  private Optional<Long> publishedForm(Connection connection, String key) {
    try (PreparedStatement sql = connection.prepareStatement("SELECT id FROM " + prefix + "form WHERE form_key = ? "
        + "AND published_version > 0 AND deleted = FALSE")) {
      sql.setString(1, key);
      try (ResultSet rows = sql.executeQuery()) {
        return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new io.atrium.forms.storage.StorageException("Looking up form " + key + " failed: " + e.getMessage(), e);
    }
  }

  private Void apply(Connection connection, MigrationPlan plan, Database database) {
    for (MigrationStep step : plan.steps()) {
      try {
        switch (step.kind()) {
          case ADD_COLUMN, CREATE_VALUES_TABLE -> {
            execute(connection, step);
            ensureType(connection, database, step.table(), step.column(), step.type());
          }
          case ADD_REFERENCE -> {
            if (!constraintExists(connection, step.table(), Ddl.referenceName(step.table(), step.column()))) {
              execute(connection, step);
            }
          }
          default -> execute(connection, step);
        }
      } catch (SQLException e) {
        throw new PublishFailedException("Publishing form " + plan.formId() + " stopped at: "
            + step.explain(Locale.ENGLISH) + " The database said: " + e.getMessage()
            + (database == Database.H2 ? " The steps before it are applied and no data was lost; publish again "
                + "to complete it." : " Nothing was changed."), e);
      }
    }
    return null;
  }

  private static void execute(Connection connection, MigrationStep step) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (String sql : step.sql()) {
        statement.execute(sql);
      }
    }
  }

  /** Gives a column left with another type by an earlier failed attempt the planned type. */
  private static void ensureType(Connection connection, Database database, String table, String column,
      ColumnType type) throws SQLException {
    ColumnType actual = null;
    try (PreparedStatement sql = connection.prepareStatement("SELECT data_type, character_maximum_length, "
        + "numeric_scale FROM information_schema.columns WHERE table_schema = CURRENT_SCHEMA "
        + "AND LOWER(table_name) = ? AND LOWER(column_name) = ?")) {
      sql.setString(1, table.toLowerCase(Locale.ROOT));
      sql.setString(2, column.toLowerCase(Locale.ROOT));
      try (ResultSet rows = sql.executeQuery()) {
        if (rows.next()) {
          actual = columnType(rows.getString(1), number(rows.getObject(2)), number(rows.getObject(3)));
        }
      }
    }
    if (actual != null && !actual.equals(type)) {
      // not in any allocation, so nothing wrote to it; refuse anyway if it holds anything
      try (Statement statement = connection.createStatement();
          ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table + " WHERE " + column
              + " IS NOT NULL")) {
        rows.next();
        if (rows.getLong(1) > 0) {
          throw new SQLException("Column " + column + " of " + table + " exists as " + actual + " with data although "
              + "no field is allocated to it; it was left alone. Check the table before publishing again");
        }
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute(new Ddl(database).alterType(table, column, type)
            + (database == Database.POSTGRESQL ? " USING NULL" : ""));
      }
    }
  }

  /** A number of information_schema, whose integer types differ between the databases. */
  public static Integer number(Object value) {
    return value == null ? null : ((Number) value).intValue();
  }

  /** The type information_schema reports, or null when it is none the planner makes. */
  public static ColumnType columnType(String dataType, Integer length, Integer scale) {
    String name = dataType.toLowerCase(Locale.ROOT);
    if (name.contains("char") && name.contains("varying")) {
      return length == null ? null : ColumnType.varchar(length);
    }
    if (name.contains("large object") || name.equals("text") || name.equals("clob")) {
      return ColumnType.of(SqlType.CLOB);
    }
    if (name.equals("bigint")) {
      return ColumnType.of(SqlType.BIGINT);
    }
    if (name.equals("numeric") || name.equals("decimal")) {
      return scale == null ? null : ColumnType.numeric(scale);
    }
    if (name.equals("date")) {
      return ColumnType.of(SqlType.DATE);
    }
    if (name.startsWith("timestamp")) {
      return ColumnType.of(SqlType.TIMESTAMP);
    }
    if (name.startsWith("time")) {
      return ColumnType.of(SqlType.TIME);
    }
    if (name.equals("boolean")) {
      return ColumnType.of(SqlType.BOOLEAN);
    }
    return null;
  }

  private static boolean constraintExists(Connection connection, String table, String name) throws SQLException {
    try (PreparedStatement sql = connection.prepareStatement("SELECT COUNT(*) FROM information_schema."
        + "table_constraints WHERE constraint_schema = CURRENT_SCHEMA AND LOWER(table_name) = ? "
        + "AND LOWER(constraint_name) = ?")) {
      sql.setString(1, table.toLowerCase(Locale.ROOT));
      sql.setString(2, name.toLowerCase(Locale.ROOT));
      try (ResultSet rows = sql.executeQuery()) {
        rows.next();
        return rows.getLong(1) > 0;
      }
    }
  }
}
