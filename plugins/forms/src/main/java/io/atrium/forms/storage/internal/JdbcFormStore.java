package io.atrium.forms.storage.internal;

import io.atrium.forms.schema.FieldType;
import io.atrium.forms.storage.ColumnAllocation;
import io.atrium.forms.storage.ColumnType;
import io.atrium.forms.storage.FormChangedException;
import io.atrium.forms.storage.FormNotFoundException;
import io.atrium.forms.storage.FormStore;
import io.atrium.forms.storage.FormVersion;
import io.atrium.forms.storage.SqlType;
import io.atrium.forms.storage.StorageKind;
import io.atrium.forms.storage.StoredForm;
import io.atrium.forms.storage.TableAllocation;
import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.time.AtriumClock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link FormStore} in the plugin's {@code forms_form}, {@code forms_form_version} and {@code forms_form_column}. */
@Component(service = FormStore.class)
public class JdbcFormStore implements FormStore {

  private static final String COLUMNS = "id, form_key, draft_schema, draft_revision, published_version, created_by, "
      + "created_at, updated_by, updated_at, deleted";

  private final Jdbc jdbc;
  private final AtriumClock clock;
  private final String prefix;

  /** Declarative Services injects the host services through this constructor. */
  @Activate
  public JdbcFormStore(@Reference PluginPersistence persistence, @Reference Transactions transactions,
      @Reference AtriumClock clock) {
    this.jdbc = new Jdbc(persistence, transactions);
    this.clock = clock;
    this.prefix = persistence.tablePrefix();
  }

  /** The current time of the store's clock, for rows written next to a form's. */
  Instant now() {
    return clock.now();
  }

  /** The record table of a form, {@code forms_t<id>}. */
  public static String recordTable(String prefix, long formId) {
    return prefix + "t" + formId;
  }

  @Override
  public StoredForm create(String key, String draftSchema, Long userId) {
    return jdbc.required("Creating form " + key, connection -> {
      if (findByKey(connection, key).isPresent()) {
        throw new IllegalArgumentException("A form with the key " + key + " exists already (perhaps deleted); "
            + "choose another key or restore that form");
      }
      Instant now = clock.now();
      try (PreparedStatement sql = connection.prepareStatement("INSERT INTO " + prefix + "form (form_key, "
          + "draft_schema, draft_revision, published_version, next_number, created_by, created_at, updated_by, "
          + "updated_at, deleted) VALUES (?, ?, 1, 0, 1, ?, ?, ?, ?, FALSE)", Statement.RETURN_GENERATED_KEYS)) {
        sql.setString(1, key);
        sql.setString(2, draftSchema);
        Jdbc.setLong(sql, 3, userId);
        sql.setObject(4, Jdbc.utc(now));
        Jdbc.setLong(sql, 5, userId);
        sql.setObject(6, Jdbc.utc(now));
        sql.executeUpdate();
        try (ResultSet keys = sql.getGeneratedKeys()) {
          keys.next();
          long id = keys.getLong(1);
          return new StoredForm(id, key, draftSchema, 1, 0, userId, now, userId, now, false);
        }
      }
    });
  }

  @Override
  public Optional<StoredForm> find(long formId) {
    return jdbc.required("Reading form " + formId, connection -> findById(connection, formId, false));
  }

  @Override
  public Optional<StoredForm> find(String key) {
    return jdbc.required("Reading form " + key, connection -> findByKey(connection, key));
  }

  @Override
  public List<StoredForm> list(boolean includeDeleted) {
    return jdbc.required("Listing forms", connection -> {
      try (PreparedStatement sql = connection.prepareStatement("SELECT " + COLUMNS + " FROM " + prefix + "form"
          + (includeDeleted ? "" : " WHERE deleted = FALSE") + " ORDER BY form_key");
          ResultSet rows = sql.executeQuery()) {
        List<StoredForm> forms = new ArrayList<>();
        while (rows.next()) {
          forms.add(form(rows));
        }
        return forms;
      }
    });
  }

  @Override
  public StoredForm saveDraft(long formId, long expectedRevision, String draftSchema, Long userId) {
    return jdbc.required("Saving the draft of form " + formId, connection -> {
      StoredForm form = lock(connection, formId);
      if (expectedRevision >= 0 && form.draftRevision() != expectedRevision) {
        throw new FormChangedException("The draft of form " + form.key() + " was saved by someone else (revision "
            + form.draftRevision() + ", you edited revision " + expectedRevision + "); reload it and apply your "
            + "changes again");
      }
      Instant now = clock.now();
      try (PreparedStatement sql = connection.prepareStatement("UPDATE " + prefix + "form SET draft_schema = ?, "
          + "draft_revision = draft_revision + 1, updated_by = ?, updated_at = ? WHERE id = ?")) {
        sql.setString(1, draftSchema);
        Jdbc.setLong(sql, 2, userId);
        sql.setObject(3, Jdbc.utc(now));
        sql.setLong(4, formId);
        sql.executeUpdate();
      }
      return new StoredForm(formId, form.key(), draftSchema, form.draftRevision() + 1, form.publishedVersion(),
          form.createdBy(), form.createdAt(), userId, now, form.deleted());
    });
  }

  @Override
  public StoredForm setDeleted(long formId, boolean deleted, Long userId) {
    return jdbc.required("Deleting form " + formId, connection -> {
      lock(connection, formId);
      try (PreparedStatement sql = connection.prepareStatement("UPDATE " + prefix + "form SET deleted = ?, "
          + "updated_by = ?, updated_at = ? WHERE id = ?")) {
        sql.setBoolean(1, deleted);
        Jdbc.setLong(sql, 2, userId);
        sql.setObject(3, Jdbc.utc(clock.now()));
        sql.setLong(4, formId);
        sql.executeUpdate();
      }
      return findById(connection, formId, false).orElseThrow();
    });
  }

  @Override
  public Optional<FormVersion> version(long formId, int version) {
    return jdbc.required("Reading version " + version + " of form " + formId, connection -> {
      List<FormVersion> found = versions(connection, formId, version);
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    });
  }

  @Override
  public List<FormVersion> versions(long formId) {
    return jdbc.required("Reading the versions of form " + formId, connection -> versions(connection, formId, -1));
  }

  @Override
  public TableAllocation allocation(long formId) {
    return jdbc.required("Reading the allocation of form " + formId, connection -> allocation(connection, formId));
  }

  /** The form's row, locked until the transaction ends. */
  StoredForm lock(Connection connection, long formId) throws SQLException {
    return findById(connection, formId, true).orElseThrow(() -> new FormNotFoundException(formId));
  }

  /** The allocation on a connection. */
  TableAllocation allocation(Connection connection, long formId) throws SQLException {
    int next;
    try (PreparedStatement sql = connection.prepareStatement("SELECT next_number FROM " + prefix
        + "form WHERE id = ?")) {
      sql.setLong(1, formId);
      try (ResultSet rows = sql.executeQuery()) {
        if (!rows.next()) {
          throw new FormNotFoundException(formId);
        }
        next = rows.getInt(1);
      }
    }
    List<ColumnAllocation> columns = new ArrayList<>();
    try (PreparedStatement sql = connection.prepareStatement("SELECT parent_id, field_id, field_name, field_type, "
        + "storage, number, table_name, column_name, sql_type, type_length, type_scale, indexed, unique_indexed, "
        + "ref_form_id, retired FROM " + prefix + "form_column WHERE form_id = ? ORDER BY number")) {
      sql.setLong(1, formId);
      try (ResultSet rows = sql.executeQuery()) {
        while (rows.next()) {
          String sqlType = rows.getString("sql_type");
          ColumnType type = sqlType == null ? null : new ColumnType(SqlType.valueOf(sqlType),
              (Integer) rows.getObject("type_length", Integer.class),
              (Integer) rows.getObject("type_scale", Integer.class));
          FieldType fieldType = FieldType.ofJsonName(rows.getString("field_type")).orElseThrow(
              () -> new IllegalStateException("Unknown field type in the allocation of form " + formId));
          columns.add(new ColumnAllocation(rows.getString("parent_id"), rows.getString("field_id"),
              rows.getString("field_name"), fieldType, StorageKind.valueOf(rows.getString("storage")),
              rows.getInt("number"), rows.getString("table_name"), rows.getString("column_name"), type,
              rows.getBoolean("indexed"), rows.getBoolean("unique_indexed"), Jdbc.nullableLong(rows, "ref_form_id"),
              rows.getBoolean("retired")));
        }
      }
    }
    return new TableAllocation(formId, recordTable(prefix, formId), next, columns);
  }

  /** Records a published version with its allocation, in the caller's transaction; the form's row is locked. */
  FormVersion recordVersion(Connection connection, StoredForm form, TableAllocation allocation, String schemaJson,
      String changeSummary, Long userId) throws SQLException {
    Instant now = clock.now();
    int version = form.publishedVersion() + 1;
    try (PreparedStatement sql = connection.prepareStatement("INSERT INTO " + prefix + "form_version (form_id, "
        + "version, schema_json, change_summary, published_by, published_at) VALUES (?, ?, ?, ?, ?, ?)")) {
      sql.setLong(1, form.id());
      sql.setInt(2, version);
      sql.setString(3, schemaJson);
      sql.setString(4, changeSummary);
      Jdbc.setLong(sql, 5, userId);
      sql.setObject(6, Jdbc.utc(now));
      sql.executeUpdate();
    }
    try (PreparedStatement sql = connection.prepareStatement("UPDATE " + prefix + "form SET published_version = ?, "
        + "next_number = ?, updated_by = ?, updated_at = ? WHERE id = ?")) {
      sql.setInt(1, version);
      sql.setInt(2, allocation.nextNumber());
      Jdbc.setLong(sql, 3, userId);
      sql.setObject(4, Jdbc.utc(now));
      sql.setLong(5, form.id());
      sql.executeUpdate();
    }
    try (PreparedStatement sql = connection.prepareStatement("DELETE FROM " + prefix + "form_column WHERE "
        + "form_id = ?")) {
      sql.setLong(1, form.id());
      sql.executeUpdate();
    }
    try (PreparedStatement sql = connection.prepareStatement("INSERT INTO " + prefix + "form_column (form_id, "
        + "parent_id, field_id, field_name, field_type, storage, number, table_name, column_name, sql_type, "
        + "type_length, type_scale, indexed, unique_indexed, ref_form_id, retired) "
        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (ColumnAllocation column : allocation.columns()) {
        sql.setLong(1, form.id());
        sql.setString(2, column.parentId());
        sql.setString(3, column.fieldId());
        sql.setString(4, column.fieldName());
        sql.setString(5, column.fieldType().jsonName());
        sql.setString(6, column.storage().name());
        sql.setInt(7, column.number());
        sql.setString(8, column.table());
        sql.setString(9, column.column());
        sql.setString(10, column.type() == null ? null : column.type().sqlType().name());
        setInt(sql, 11, column.type() == null ? null : column.type().length());
        setInt(sql, 12, column.type() == null ? null : column.type().scale());
        sql.setBoolean(13, column.indexed());
        sql.setBoolean(14, column.uniqueIndexed());
        Jdbc.setLong(sql, 15, column.referencedFormId());
        sql.setBoolean(16, column.retired());
        sql.addBatch();
      }
      if (!allocation.columns().isEmpty()) {
        sql.executeBatch();
      }
    }
    return new FormVersion(form.id(), version, schemaJson, changeSummary, userId, now);
  }

  private static void setInt(PreparedStatement sql, int index, Integer value) throws SQLException {
    if (value == null) {
      sql.setNull(index, Types.INTEGER);
    } else {
      sql.setInt(index, value);
    }
  }

  private List<FormVersion> versions(Connection connection, long formId, int version) throws SQLException {
    try (PreparedStatement sql = connection.prepareStatement("SELECT form_id, version, schema_json, change_summary, "
        + "published_by, published_at FROM " + prefix + "form_version WHERE form_id = ?"
        + (version >= 0 ? " AND version = ?" : "") + " ORDER BY version")) {
      sql.setLong(1, formId);
      if (version >= 0) {
        sql.setInt(2, version);
      }
      try (ResultSet rows = sql.executeQuery()) {
        List<FormVersion> versions = new ArrayList<>();
        while (rows.next()) {
          versions.add(new FormVersion(rows.getLong(1), rows.getInt(2), rows.getString(3), rows.getString(4),
              Jdbc.nullableLong(rows, "published_by"), Jdbc.instant(rows, 6)));
        }
        return versions;
      }
    }
  }

  private Optional<StoredForm> findById(Connection connection, long formId, boolean forUpdate) throws SQLException {
    try (PreparedStatement sql = connection.prepareStatement("SELECT " + COLUMNS + " FROM " + prefix
        + "form WHERE id = ?" + (forUpdate ? " FOR UPDATE" : ""))) {
      sql.setLong(1, formId);
      try (ResultSet rows = sql.executeQuery()) {
        return rows.next() ? Optional.of(form(rows)) : Optional.empty();
      }
    }
  }

  private Optional<StoredForm> findByKey(Connection connection, String key) throws SQLException {
    try (PreparedStatement sql = connection.prepareStatement("SELECT " + COLUMNS + " FROM " + prefix
        + "form WHERE form_key = ?")) {
      sql.setString(1, key);
      try (ResultSet rows = sql.executeQuery()) {
        return rows.next() ? Optional.of(form(rows)) : Optional.empty();
      }
    }
  }

  private static StoredForm form(ResultSet rows) throws SQLException {
    return new StoredForm(rows.getLong("id"), rows.getString("form_key"), rows.getString("draft_schema"),
        rows.getLong("draft_revision"), rows.getInt("published_version"), Jdbc.nullableLong(rows, "created_by"),
        Jdbc.instant(rows, "created_at"), Jdbc.nullableLong(rows, "updated_by"), Jdbc.instant(rows, "updated_at"),
        rows.getBoolean("deleted"));
  }
}
