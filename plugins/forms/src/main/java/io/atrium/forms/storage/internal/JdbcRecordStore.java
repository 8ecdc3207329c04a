package io.atrium.forms.storage.internal;

import io.atrium.forms.schema.FieldType;
import io.atrium.forms.storage.ColumnType;
import io.atrium.forms.storage.FieldColumn;
import io.atrium.forms.storage.FormLayout;
import io.atrium.forms.storage.InvalidQueryException;
import io.atrium.forms.storage.ListOptions;
import io.atrium.forms.storage.NewRecord;
import io.atrium.forms.storage.RecordDeletedException;
import io.atrium.forms.storage.RecordInUseException;
import io.atrium.forms.storage.RecordList;
import io.atrium.forms.storage.RecordStore;
import io.atrium.forms.storage.Stamp;
import io.atrium.forms.storage.StorageException;
import io.atrium.forms.storage.StorageKind;
import io.atrium.forms.storage.UniqueValues;
import io.atrium.forms.schema.SerialPattern;
import io.atrium.sdk.persistence.Database;
import io.atrium.sdk.persistence.PluginPersistence;
import io.atrium.sdk.persistence.Transactions;
import io.atrium.sdk.record.FieldProblem;
import io.atrium.sdk.record.RecordConflictException;
import io.atrium.sdk.record.RecordData;
import io.atrium.sdk.record.RecordNotFoundException;
import io.atrium.sdk.record.RecordQuery;
import io.atrium.sdk.record.RecordStatus;
import io.atrium.sdk.record.RecordValidationException;
import io.atrium.sdk.security.CurrentUser;
import io.atrium.sdk.time.AtriumClock;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@link RecordStore} and {@link UniqueValues} over the generated tables, with plain JDBC. SQL text
 * comes from the layout's allocation only and is cached per layout; every value is a bind
 * parameter. Child rows (values of multi-valued fields, sub-table lines) are written in one batch per
 * child table and read with one query per child table for a whole page.
 */
@Component(service = {RecordStore.class, UniqueValues.class})
public class JdbcRecordStore implements RecordStore, UniqueValues {

  /** Most ids in one {@code IN} list. */
  static final int CHUNK = 500;
  /** Most rows in one JDBC batch. */
  static final int BATCH = 500;

  private static final String SYSTEM_COLUMNS = "r.id, r.serial, r.status, r.owner_id, r.department_id, "
      + "r.created_by, r.created_at, r.updated_by, r.updated_at, r.version, r.deleted";
  private static final int SYSTEM_COUNT = 11;

  private final PluginPersistence persistence;
  private final Jdbc jdbc;
  private final AtriumClock clock;
  private final CurrentUser currentUser;
  private final SerialCounter serials;
  private final ChangeLogRows changeLog;
  private final Map<String, SerialPattern> patterns = new java.util.concurrent.ConcurrentHashMap<>();

  /** Declarative Services injects the host services through this constructor. */
  @Activate
  public JdbcRecordStore(@Reference PluginPersistence persistence, @Reference Transactions transactions,
      @Reference AtriumClock clock, @Reference CurrentUser currentUser) {
    this.persistence = persistence;
    this.jdbc = new Jdbc(persistence, transactions);
    this.clock = clock;
    this.currentUser = currentUser;
    this.serials = new SerialCounter(jdbc, persistence.database(), persistence.tablePrefix());
    this.changeLog = new ChangeLogRows(persistence.tablePrefix());
  }

  // ---------------------------------------------------------------------------------------------
  // writing

  @Override
  public RecordData insert(FormLayout layout, Map<String, ?> values, NewRecord record) {
    return insertAll(layout, List.of(values), record).get(0);
  }

  @Override
  public List<RecordData> insertAll(FormLayout layout, List<? extends Map<String, ?>> values, NewRecord record) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Map<String, ?> row : values) {
      rows.add(normalize(layout, row, false));
    }
    Instant at = record.createdAt().truncatedTo(ChronoUnit.MICROS);
    return jdbc.required("Inserting records into form " + layout.formKey(), connection -> {
      try {
        if (record.status() != RecordStatus.DRAFT) {
          assignSerials(connection, layout, rows, at);
        }
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement sql = connection.prepareStatement(insertSql(layout), generatedId())) {
          for (int from = 0; from < rows.size(); from += BATCH) {
            for (Map<String, Object> row : rows.subList(from, Math.min(rows.size(), from + BATCH))) {
              sql.setString(1, serial(layout, row));
              sql.setString(2, record.status().name());
              Jdbc.setLong(sql, 3, record.ownerId());
              Jdbc.setLong(sql, 4, record.departmentId());
              Jdbc.setLong(sql, 5, record.createdBy());
              sql.setObject(6, Jdbc.utc(at));
              Jdbc.setLong(sql, 7, record.createdBy());
              sql.setObject(8, Jdbc.utc(at));
              int index = 9;
              for (FieldColumn field : layout.fields()) {
                if (field.storage() == StorageKind.COLUMN) {
                  ValueCodec.bind(sql, index++, field.allocation().type(), row.get(field.name()));
                }
              }
              if (rows.size() == 1) {
                sql.executeUpdate();
              } else {
                sql.addBatch();
              }
            }
            if (rows.size() > 1) {
              sql.executeBatch();
            }
            ids.addAll(generatedKeys(sql));
          }
        }
        if (ids.size() != rows.size()) {
          throw new SQLException("The database returned " + ids.size() + " ids for " + rows.size() + " records");
        }
        writeChildren(connection, layout, ids, rows);
        changeLog.append(connection, layout.formKey(), ids, clock.now());
        List<RecordData> records = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
          records.add(new RecordData(layout.source(), ids.get(i), serial(layout, rows.get(i)), 1, record.status(),
              record.ownerId(), record.departmentId(), record.createdBy(), at, record.createdBy(), at, false,
              freeze(rows.get(i))));
        }
        return records;
      } catch (SQLException e) {
        throw translate(layout, e);
      }
    });
  }

  @Override
  public RecordData update(FormLayout layout, long id, long expectedVersion, Map<String, ?> changes, Stamp stamp) {
    Map<String, Object> normalized = normalize(layout, changes, true);
    return jdbc.required("Updating record " + id + " of form " + layout.formKey(), connection -> {
      try {
        SqlText sql = new SqlText().append("UPDATE " + layout.table() + " SET ");
        appendSets(layout, normalized, sql);
        sql.append("updated_by = ").param(ColumnType.of(io.atrium.forms.storage.SqlType.BIGINT), stamp.userId())
            .append(", updated_at = ").param(ColumnType.of(io.atrium.forms.storage.SqlType.TIMESTAMP),
                stamp.at().truncatedTo(ChronoUnit.MICROS))
            .append(", version = version + 1 WHERE id = ").param(ColumnType.of(io.atrium.forms.storage.SqlType
                .BIGINT), id).append(" AND " + Ddl.LIVE);
        if (expectedVersion >= 0) {
          sql.append(" AND version = ").param(ColumnType.of(io.atrium.forms.storage.SqlType.BIGINT),
              expectedVersion);
        }
        if (execute(connection, sql) == 0) {
          throw refusal(connection, layout, id, expectedVersion);
        }
        replaceChildren(connection, layout, List.of(id), normalized, true);
        changeLog.append(connection, layout.formKey(), List.of(id), clock.now());
        return load(connection, layout, List.of(id)).get(0);
      } catch (SQLException e) {
        throw translate(layout, e);
      }
    });
  }

  @Override
  public RecordData setStatus(FormLayout layout, long id, long expectedVersion, RecordStatus status, Stamp stamp) {
    return jdbc.required("Setting the status of record " + id + " of form " + layout.formKey(), connection -> {
      try {
        List<RecordData> current = load(connection, layout, List.of(id), true);
        if (current.isEmpty()) {
          throw new RecordNotFoundException(layout.source(), id);
        }
        RecordData record = current.get(0);
        if (record.deleted()) {
          throw new RecordDeletedException(layout.source(), id);
        }
        if (expectedVersion >= 0 && record.version() != expectedVersion) {
          throw new RecordConflictException(layout.source(), id, expectedVersion, record.version());
        }
        Map<String, Object> serialValues = new LinkedHashMap<>();
        if (record.status() == RecordStatus.DRAFT && status != RecordStatus.DRAFT) {
          Map<String, Object> values = new LinkedHashMap<>(record.values());
          assignSerials(connection, layout, List.of(values), stamp.at());
          for (FieldColumn field : layout.fields()) {
            if (field.field().type() == FieldType.SERIAL && record.value(field.name()) == null) {
              serialValues.put(field.name(), values.get(field.name()));
            }
          }
        }
        SqlText sql = new SqlText().append("UPDATE " + layout.table() + " SET ");
        appendSets(layout, serialValues, sql);
        ColumnType bigint = ColumnType.of(io.atrium.forms.storage.SqlType.BIGINT);
        sql.append("status = ").param(ColumnType.varchar(20), status.name())
            .append(", updated_by = ").param(bigint, stamp.userId())
            .append(", updated_at = ").param(ColumnType.of(io.atrium.forms.storage.SqlType.TIMESTAMP),
                stamp.at().truncatedTo(ChronoUnit.MICROS))
            .append(", version = version + 1 WHERE id = ").param(bigint, id).append(" AND version = ")
            .param(bigint, record.version());
        execute(connection, sql);
        changeLog.append(connection, layout.formKey(), List.of(id), clock.now());
        return load(connection, layout, List.of(id)).get(0);
      } catch (SQLException e) {
        throw translate(layout, e);
      }
    });
  }

  @Override
  public RecordData setOwner(FormLayout layout, long id, Long ownerId, Long departmentId, Stamp stamp) {
    return jdbc.required("Setting the owner of record " + id + " of form " + layout.formKey(), connection -> {
      try (PreparedStatement sql = connection.prepareStatement("UPDATE " + layout.table() + " SET owner_id = ?, "
          + "department_id = ?, updated_by = ?, updated_at = ?, version = version + 1 WHERE id = ? AND " + Ddl.LIVE)) {
        Jdbc.setLong(sql, 1, ownerId);
        Jdbc.setLong(sql, 2, departmentId);
        Jdbc.setLong(sql, 3, stamp.userId());
        sql.setObject(4, Jdbc.utc(stamp.at().truncatedTo(ChronoUnit.MICROS)));
        sql.setLong(5, id);
        if (sql.executeUpdate() == 0) {
          throw refusal(connection, layout, id, -1);
        }
        changeLog.append(connection, layout.formKey(), List.of(id), clock.now());
        return load(connection, layout, List.of(id)).get(0);
      }
    });
  }

  @Override
  public RecordData delete(FormLayout layout, long id, long expectedVersion, Stamp stamp) {
    return jdbc.required("Deleting record " + id + " of form " + layout.formKey(), connection -> {
      try (PreparedStatement sql = connection.prepareStatement("UPDATE " + layout.table() + " SET deleted = TRUE, "
          + "deleted_by = ?, deleted_at = ?, version = version + 1 WHERE id = ? AND " + Ddl.LIVE
          + (expectedVersion >= 0 ? " AND version = ?" : ""))) {
        Jdbc.setLong(sql, 1, stamp.userId());
        sql.setObject(2, Jdbc.utc(stamp.at().truncatedTo(ChronoUnit.MICROS)));
        sql.setLong(3, id);
        if (expectedVersion >= 0) {
          sql.setLong(4, expectedVersion);
        }
        if (sql.executeUpdate() == 0) {
          List<RecordData> current = load(connection, layout, List.of(id));
          if (current.isEmpty() || !current.get(0).deleted()) {
            throw refusal(connection, layout, id, expectedVersion);
          }
          // in the recycle bin already
          return current.get(0);
        }
        changeLog.append(connection, layout.formKey(), List.of(id), clock.now());
        return load(connection, layout, List.of(id)).get(0);
      }
    });
  }

  @Override
  public RecordData restore(FormLayout layout, long id, Stamp stamp) {
    return jdbc.required("Restoring record " + id + " of form " + layout.formKey(), connection -> {
      try {
        restoreAll(connection, layout, List.of(id));
        List<RecordData> current = load(connection, layout, List.of(id));
        if (current.isEmpty()) {
          throw new RecordNotFoundException(layout.source(), id);
        }
        return current.get(0);
      } catch (SQLException e) {
        throw translate(layout, e);
      }
    });
  }

  @Override
  public int updateAll(FormLayout layout, Collection<Long> ids, Map<String, ?> changes, Stamp stamp) {
    Map<String, Object> normalized = normalize(layout, changes, true);
    for (FieldColumn field : layout.fields()) {
      if (field.storage() == StorageKind.LINES && normalized.containsKey(field.name())) {
        for (Object line : (List<?>) normalized.get(field.name())) {
          if (((Map<?, ?>) line).get("id") != null) {
            throw new IllegalArgumentException("A bulk edit gives every record new lines of '" + field.name()
                + "'; lines with an id belong to one record only");
          }
        }
      }
    }
    boolean children = layout.fields().stream().anyMatch(f -> f.storage() != StorageKind.COLUMN
        && normalized.containsKey(f.name()));
    return jdbc.required("Updating records of form " + layout.formKey(), connection -> {
      try {
        int changed = 0;
        for (List<Long> chunk : chunks(ids)) {
          List<Long> live = children ? liveIds(connection, layout, chunk) : chunk;
          if (live.isEmpty()) {
            continue;
          }
          SqlText sql = new SqlText().append("UPDATE " + layout.table() + " SET ");
          appendSets(layout, normalized, sql);
          ColumnType bigint = ColumnType.of(io.atrium.forms.storage.SqlType.BIGINT);
          sql.append("updated_by = ").param(bigint, stamp.userId())
              .append(", updated_at = ").param(ColumnType.of(io.atrium.forms.storage.SqlType.TIMESTAMP),
                  stamp.at().truncatedTo(ChronoUnit.MICROS))
              .append(", version = version + 1 WHERE " + Ddl.LIVE + " AND id IN (").append(idList(live))
              .append(")");
          changed += execute(connection, sql);
          replaceChildren(connection, layout, live, normalized, false);
          changeLog.append(connection, layout.formKey(), live, clock.now());
        }
        return changed;
      } catch (SQLException e) {
        throw translate(layout, e);
      }
    });
  }

  @Override
  public int deleteAll(FormLayout layout, Collection<Long> ids, Stamp stamp) {
    return jdbc.required("Deleting records of form " + layout.formKey(), connection -> {
      int deleted = 0;
      for (List<Long> chunk : chunks(ids)) {
        SqlText sql = new SqlText().append("UPDATE " + layout.table() + " SET deleted = TRUE, deleted_by = ")
            .param(ColumnType.of(io.atrium.forms.storage.SqlType.BIGINT), stamp.userId())
            .append(", deleted_at = ").param(ColumnType.of(io.atrium.forms.storage.SqlType.TIMESTAMP),
                stamp.at().truncatedTo(ChronoUnit.MICROS))
            .append(", version = version + 1 WHERE " + Ddl.LIVE + " AND id IN (").append(idList(chunk)).append(")");
        deleted += execute(connection, sql);
        changeLog.append(connection, layout.formKey(), chunk, clock.now());
      }
      return deleted;
    });
  }

  @Override
  public int restoreAll(FormLayout layout, Collection<Long> ids, Stamp stamp) {
    return jdbc.required("Restoring records of form " + layout.formKey(), connection -> {
      try {
        return restoreAll(connection, layout, ids);
      } catch (SQLException e) {
        throw translate(layout, e);
      }
    });
  }

  @Override
  public int purge(FormLayout layout, Collection<Long> ids) {
    return jdbc.required("Purging records of form " + layout.formKey(), connection -> {
      try {
        int purged = 0;
        for (List<Long> chunk : chunks(ids)) {
          SqlText sql = new SqlText().append("DELETE FROM " + layout.table() + " WHERE deleted = TRUE AND id IN (")
              .append(idList(chunk)).append(")");
          purged += execute(connection, sql);
          changeLog.append(connection, layout.formKey(), chunk, clock.now());
        }
        return purged;
      } catch (SQLException e) {
        if ("23503".equals(e.getSQLState())) {
          throw new RecordInUseException(layout.source(), e);
        }
        throw e;
      }
    });
  }

  private int restoreAll(Connection connection, FormLayout layout, Collection<Long> ids) throws SQLException {
    int restored = 0;
    for (List<Long> chunk : chunks(ids)) {
      SqlText sql = new SqlText().append("UPDATE " + layout.table() + " SET deleted = FALSE, deleted_by = NULL, "
          + "deleted_at = NULL, version = version + 1 WHERE deleted = TRUE AND id IN (").append(idList(chunk))
          .append(")");
      restored += execute(connection, sql);
      changeLog.append(connection, layout.formKey(), chunk, clock.now());
    }
    return restored;
  }

  /**
   * Hands out the numbers of serial fields that have none, for records created or submitted at
   * {@code at}: one counter increment per field for all of them.
   */
  private void assignSerials(Connection connection, FormLayout layout, List<Map<String, Object>> rows, Instant at)
      throws SQLException {
    LocalDate date = at.atZone(clock.zone()).toLocalDate();
    for (FieldColumn field : layout.fields()) {
      if (field.field().type() != FieldType.SERIAL || field.field().serialPattern() == null) {
        continue;
      }
      List<Map<String, Object>> missing = rows.stream().filter(row -> row.get(field.name()) == null).toList();
      if (missing.isEmpty()) {
        continue;
      }
      SerialPattern pattern = patterns.computeIfAbsent(field.field().serialPattern(), SerialPattern::parse);
      long first = serials.reserve(connection, layout.formId(), field.field().id(), pattern.periodKey(date),
          missing.size());
      for (int i = 0; i < missing.size(); i++) {
        missing.get(i).put(field.name(), pattern.format(date, first + i));
      }
    }
  }

  private static String serial(FormLayout layout, Map<String, Object> values) {
    FieldColumn field = layout.serialField();
    return field == null ? null : (String) values.get(field.name());
  }

  /** {@code c<n> = ?, } for each single-valued change, and the record's serial when its field changes. */
  private static void appendSets(FormLayout layout, Map<String, Object> changes, SqlText sql) {
    FieldColumn serialField = layout.serialField();
    for (FieldColumn field : layout.fields()) {
      if (field.storage() == StorageKind.COLUMN && changes.containsKey(field.name())) {
        sql.append(field.allocation().column() + " = ").param(field.allocation().type(), changes.get(field.name()))
            .append(", ");
        if (field == serialField) {
          sql.append("serial = ").param(field.allocation().type(), changes.get(field.name())).append(", ");
        }
      }
    }
  }

  private RuntimeException refusal(Connection connection, FormLayout layout, long id, long expectedVersion)
      throws SQLException {
    try (PreparedStatement sql = connection.prepareStatement("SELECT version, deleted FROM " + layout.table()
        + " WHERE id = ?")) {
      sql.setLong(1, id);
      try (ResultSet rows = sql.executeQuery()) {
        if (!rows.next()) {
          return new RecordNotFoundException(layout.source(), id);
        }
        if (rows.getBoolean(2)) {
          return new RecordDeletedException(layout.source(), id);
        }
        return new RecordConflictException(layout.source(), id, expectedVersion, rows.getLong(1));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // child rows

  /** Writes the child rows of new records, one batch per child table; new lines get their ids. */
  @SuppressWarnings("unchecked")
  private void writeChildren(Connection connection, FormLayout layout, List<Long> recordIds,
      List<Map<String, Object>> rows) throws SQLException {
    for (FieldColumn field : layout.fields()) {
      if (field.storage() == StorageKind.VALUES) {
        insertValues(connection, field, recordIds, rows.stream().map(row -> (List<?>) row.get(field.name()))
            .toList());
      } else if (field.storage() == StorageKind.LINES) {
        insertLines(connection, field, recordIds, rows.stream()
            .map(row -> (List<Map<String, Object>>) row.get(field.name())).toList());
      }
    }
  }

  /** Replaces the child rows of the multi-valued fields and sub-tables named in the changes. */
  @SuppressWarnings("unchecked")
  private void replaceChildren(Connection connection, FormLayout layout, List<Long> recordIds,
      Map<String, Object> changes, boolean single) throws SQLException {
    for (FieldColumn field : layout.fields()) {
      if (!changes.containsKey(field.name())) {
        continue;
      }
      if (field.storage() == StorageKind.VALUES) {
        deleteChildren(connection, field.allocation().table(), "record_id", recordIds);
        insertValues(connection, field, recordIds, java.util.Collections.nCopies(recordIds.size(),
            (List<?>) changes.get(field.name())));
      } else if (field.storage() == StorageKind.LINES) {
        List<Map<String, Object>> lines = (List<Map<String, Object>>) changes.get(field.name());
        if (single) {
          replaceLines(connection, field, recordIds.get(0), lines);
        } else {
          deleteChildren(connection, field.allocation().table(), "record_id", recordIds);
          // every record gets lines of its own
          List<List<Map<String, Object>>> copies = new ArrayList<>();
          for (int i = 0; i < recordIds.size(); i++) {
            copies.add(lines.stream().map(line -> (Map<String, Object>) new LinkedHashMap<>(line)).toList());
          }
          insertLines(connection, field, recordIds, copies);
        }
      }
    }
  }

  private static void deleteChildren(Connection connection, String table, String column, List<Long> ids)
      throws SQLException {
    for (List<Long> chunk : chunks(ids)) {
      execute(connection, new SqlText().append("DELETE FROM " + table + " WHERE " + column + " IN (")
          .append(idList(chunk)).append(")"));
    }
  }

  /** Inserts the values of a multi-valued field: {@code values.get(i)} belong to {@code ownerIds.get(i)}. */
  private static void insertValues(Connection connection, FieldColumn field, List<Long> ownerIds,
      List<? extends List<?>> values) throws SQLException {
    try (PreparedStatement sql = connection.prepareStatement("INSERT INTO " + field.allocation().table()
        + " (record_id, position, val) VALUES (?, ?, ?)")) {
      int pending = 0;
      for (int i = 0; i < ownerIds.size(); i++) {
        List<?> items = values.get(i);
        int position = 0;
        for (Object item : items == null ? List.of() : items) {
          sql.setLong(1, ownerIds.get(i));
          sql.setInt(2, position++);
          ValueCodec.bind(sql, 3, field.allocation().type(), item);
          sql.addBatch();
          if (++pending == BATCH) {
            sql.executeBatch();
            pending = 0;
          }
        }
      }
      if (pending > 0) {
        sql.executeBatch();
      }
    }
  }

  /** Inserts lines of sub-table rows: {@code lines.get(i)} belong to {@code recordIds.get(i)}; each gets its id. */
  private void insertLines(Connection connection, FieldColumn field, List<Long> recordIds,
      List<List<Map<String, Object>>> lines) throws SQLException {
    List<Map<String, Object>> all = new ArrayList<>();
    List<Long> owners = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < recordIds.size(); i++) {
      List<Map<String, Object>> own = lines.get(i) == null ? List.of() : lines.get(i);
      for (int position = 0; position < own.size(); position++) {
        all.add(own.get(position));
        owners.add(recordIds.get(i));
        positions.add(position);
      }
    }
    if (all.isEmpty()) {
      return;
    }
    List<Long> lineIds = new ArrayList<>();
    try (PreparedStatement sql = connection.prepareStatement(lineInsertSql(field), generatedId())) {
      for (int from = 0; from < all.size(); from += BATCH) {
        for (int i = from; i < Math.min(all.size(), from + BATCH); i++) {
          sql.setLong(1, owners.get(i));
          sql.setInt(2, positions.get(i));
          int index = 3;
          for (FieldColumn lineField : field.lines()) {
            if (lineField.storage() == StorageKind.COLUMN) {
              ValueCodec.bind(sql, index++, lineField.allocation().type(), all.get(i).get(lineField.name()));
            }
          }
          sql.addBatch();
        }
        sql.executeBatch();
        lineIds.addAll(generatedKeys(sql));
      }
    }
    if (lineIds.size() != all.size()) {
      throw new SQLException("The database returned " + lineIds.size() + " ids for " + all.size() + " lines");
    }
    for (int i = 0; i < all.size(); i++) {
      all.get(i).put("id", lineIds.get(i));
    }
    insertLineValues(connection, field, lineIds, all);
  }

  private static void insertLineValues(Connection connection, FieldColumn field, List<Long> lineIds,
      List<Map<String, Object>> lines) throws SQLException {
    for (FieldColumn lineField : field.lines()) {
      if (lineField.storage() != StorageKind.VALUES) {
        continue;
      }
      try (PreparedStatement sql = connection.prepareStatement("INSERT INTO " + lineField.allocation().table()
          + " (record_id, position, val) VALUES (?, ?, ?)")) {
        boolean any = false;
        for (int i = 0; i < lines.size(); i++) {
          List<?> values = (List<?>) lines.get(i).get(lineField.name());
          int position = 0;
          for (Object item : values == null ? List.of() : values) {
            sql.setLong(1, lineIds.get(i));
            sql.setInt(2, position++);
            ValueCodec.bind(sql, 3, lineField.allocation().type(), item);
            sql.addBatch();
            any = true;
          }
        }
        if (any) {
          sql.executeBatch();
        }
      }
    }
  }

  /** Makes a record's lines those given: lines with an id are updated, others inserted, the rest deleted. */
  private void replaceLines(Connection connection, FieldColumn field, long recordId, List<Map<String, Object>> lines)
      throws SQLException {
    String table = field.allocation().table();
    Set<Long> existing = new HashSet<>();
    try (PreparedStatement sql = connection.prepareStatement("SELECT id FROM " + table + " WHERE record_id = ?")) {
      sql.setLong(1, recordId);
      try (ResultSet rows = sql.executeQuery()) {
        while (rows.next()) {
          existing.add(rows.getLong(1));
        }
      }
    }
    Set<Long> kept = new LinkedHashSet<>();
    for (Map<String, Object> line : lines) {
      Object id = line.get("id");
      if (id != null) {
        if (!existing.contains((Long) id)) {
          throw new IllegalArgumentException("Line " + id + " is not a line of '" + field.name() + "' of record "
              + recordId + "; leave out the id of a new line");
        }
        if (!kept.add((Long) id)) {
          throw new IllegalArgumentException("Line " + id + " of '" + field.name() + "' is given twice");
        }
      }
    }
    List<Long> removed = existing.stream().filter(id -> !kept.contains(id)).toList();
    deleteChildren(connection, table, "id", removed);
    if (!kept.isEmpty()) {
      for (FieldColumn lineField : field.lines()) {
        if (lineField.storage() == StorageKind.VALUES) {
          deleteChildren(connection, lineField.allocation().table(), "record_id", new ArrayList<>(kept));
        }
      }
      try (PreparedStatement sql = connection.prepareStatement(lineUpdateSql(field))) {
        for (int position = 0; position < lines.size(); position++) {
          Map<String, Object> line = lines.get(position);
          if (line.get("id") == null) {
            continue;
          }
          sql.setInt(1, position);
          int index = 2;
          for (FieldColumn lineField : field.lines()) {
            if (lineField.storage() == StorageKind.COLUMN) {
              ValueCodec.bind(sql, index++, lineField.allocation().type(), line.get(lineField.name()));
            }
          }
          sql.setLong(index, (Long) line.get("id"));
          sql.addBatch();
        }
        sql.executeBatch();
      }
      List<Map<String, Object>> updated = lines.stream().filter(l -> l.get("id") != null).toList();
      insertLineValues(connection, field, updated.stream().map(l -> (Long) l.get("id")).toList(), updated);
    }
    List<Map<String, Object>> added = lines.stream().filter(l -> l.get("id") == null).toList();
    if (!added.isEmpty()) {
      // new lines go after the kept ones for now; positions are set right below
      insertLines(connection, field, List.of(recordId), List.of(added));
      fixPositions(connection, field, recordId, lines, kept);
    }
  }

  /** Sets the positions of a record's lines to the order given, new lines (inserted last) included. */
  private static void fixPositions(Connection connection, FieldColumn field, long recordId,
      List<Map<String, Object>> lines, Set<Long> kept) throws SQLException {
    String table = field.allocation().table();
    List<Long> newIds = new ArrayList<>();
    try (PreparedStatement sql = connection.prepareStatement("SELECT id FROM " + table + " WHERE record_id = ? "
        + "ORDER BY id")) {
      sql.setLong(1, recordId);
      try (ResultSet rows = sql.executeQuery()) {
        while (rows.next()) {
          if (!kept.contains(rows.getLong(1))) {
            newIds.add(rows.getLong(1));
          }
        }
      }
    }
    try (PreparedStatement sql = connection.prepareStatement("UPDATE " + table + " SET position = ? WHERE id = ?")) {
      int next = 0;
      for (int position = 0; position < lines.size(); position++) {
        Object id = lines.get(position).get("id");
        sql.setInt(1, position);
        sql.setLong(2, id != null ? (Long) id : newIds.get(next++));
        sql.addBatch();
      }
      sql.executeBatch();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // reading

  @Override
  public Optional<RecordData> get(FormLayout layout, long id) {
    return jdbc.required("Reading record " + id + " of form " + layout.formKey(), connection -> {
      List<RecordData> found = load(connection, layout, List.of(id));
      return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    });
  }

  @Override
  public RecordList query(FormLayout layout, RecordQuery query, ListOptions options) {
    QuerySql builder = new QuerySql(layout);
    for (RecordQuery.Condition condition : query.conditions()) {
      if (condition.field().equals("status")) {
        Object value = condition.value();
        if (value instanceof Collection<?> values) {
          values.forEach(QuerySql::checkStatus);
        } else {
          QuerySql.checkStatus(value);
        }
      }
    }
    SqlText where = builder.where(query, options);
    String order = builder.orderBy(query, options);
    return jdbc.required("Querying records of form " + layout.formKey(), connection -> {
      SqlText sql = new SqlText().append(selectSql(layout) + " WHERE ").append(where)
          .append(" ORDER BY " + order + " OFFSET " + query.offset() + " ROWS FETCH NEXT " + (query.limit() + 1)
              + " ROWS ONLY");
      List<Row> rows = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
        sql.bind(statement, 1);
        try (ResultSet result = statement.executeQuery()) {
          while (result.next()) {
            rows.add(row(layout, result));
          }
        }
      }
      boolean hasMore = rows.size() > query.limit();
      if (hasMore) {
        rows.remove(rows.size() - 1);
      }
      List<RecordData> records = complete(connection, layout, rows);
      // the fewest matches the page proves
      long seen = records.isEmpty() ? 0 : query.offset() + records.size() + (hasMore ? 1 : 0);
      long total;
      boolean exact;
      if (!hasMore && (!records.isEmpty() || query.offset() == 0)) {
        total = seen;
        exact = true;
      } else if (options.countLimit() == 0) {
        total = seen;
        exact = !hasMore;
      } else {
        long limit = options.countLimit();
        SqlText count = limit == Long.MAX_VALUE
            ? new SqlText().append("SELECT COUNT(*) FROM " + layout.table() + " r WHERE ").append(where)
            : new SqlText().append("SELECT COUNT(*) FROM (SELECT 1 FROM " + layout.table() + " r WHERE ")
                .append(where).append(" FETCH FIRST " + (limit + 1) + " ROWS ONLY) x");
        long counted;
        try (PreparedStatement statement = connection.prepareStatement(count.toString())) {
          count.bind(statement, 1);
          try (ResultSet result = statement.executeQuery()) {
            result.next();
            counted = result.getLong(1);
          }
        }
        exact = counted <= limit;
        total = Math.max(exact ? counted : limit, seen);
      }
      return new RecordList(records, total, exact, hasMore);
    });
  }

  @Override
  public boolean exists(FormLayout layout, String fieldName, Object value, Long excludingRecordId) {
    FieldColumn field = layout.field(fieldName).orElseThrow(() -> new InvalidQueryException("Form "
        + layout.formKey() + " has no field '" + fieldName + "'"));
    if (field.storage() != StorageKind.COLUMN) {
      throw new InvalidQueryException("'" + fieldName + "' holds several values; only single-valued fields can be "
          + "unique");
    }
    Object normalized = ValueCodec.normalize(field.allocation().type(), value, fieldName);
    if (normalized == null) {
      return false;
    }
    return jdbc.required("Checking a unique value of form " + layout.formKey(), connection -> {
      SqlText sql = new SqlText().append("SELECT 1 FROM " + layout.table() + " r WHERE r." + Ddl.LIVE + " AND r."
          + field.allocation().column() + " = ").param(field.allocation().type(), normalized);
      if (excludingRecordId != null) {
        sql.append(" AND r.id <> ").param(ColumnType.of(io.atrium.forms.storage.SqlType.BIGINT), excludingRecordId);
      }
      sql.append(" FETCH FIRST 1 ROWS ONLY");
      try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
        sql.bind(statement, 1);
        try (ResultSet rows = statement.executeQuery()) {
          return rows.next();
        }
      }
    });
  }

  /** A record table row before its child rows are read. */
  private record Row(long id, String serial, RecordStatus status, Long ownerId, Long departmentId, Long createdBy,
      Instant createdAt, Long updatedBy, Instant updatedAt, long version, boolean deleted,
      Map<String, Object> values) {
  }

  private List<RecordData> load(Connection connection, FormLayout layout, List<Long> ids) throws SQLException {
    return load(connection, layout, ids, false);
  }

  private List<RecordData> load(Connection connection, FormLayout layout, List<Long> ids, boolean lock)
      throws SQLException {
    List<Row> rows = new ArrayList<>();
    for (List<Long> chunk : chunks(ids)) {
      SqlText sql = new SqlText().append(selectSql(layout) + " WHERE r.id IN (").append(idList(chunk))
          .append(")" + (lock ? " FOR UPDATE" : ""));
      try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
        sql.bind(statement, 1);
        try (ResultSet result = statement.executeQuery()) {
          while (result.next()) {
            rows.add(row(layout, result));
          }
        }
      }
    }
    return complete(connection, layout, rows);
  }

  private static Row row(FormLayout layout, ResultSet result) throws SQLException {
    Map<String, Object> values = new LinkedHashMap<>();
    int index = SYSTEM_COUNT + 1;
    for (FieldColumn field : layout.fields()) {
      values.put(field.name(), switch (field.storage()) {
        case COLUMN -> ValueCodec.read(result, index++, field.allocation().type());
        case VALUES, LINES -> new ArrayList<>();
      });
    }
    return new Row(result.getLong(1), result.getString(2), RecordStatus.valueOf(result.getString(3)),
        Jdbc.nullableLong(result, "owner_id"), Jdbc.nullableLong(result, "department_id"),
        Jdbc.nullableLong(result, "created_by"), Jdbc.instant(result, 7), Jdbc.nullableLong(result, "updated_by"),
        Jdbc.instant(result, 9), result.getLong(10), result.getBoolean(11), values);
  }

  /** Reads the child rows of a page of records and makes the records. */
  @SuppressWarnings("unchecked")
  private static List<RecordData> complete(Connection connection, FormLayout layout, List<Row> rows)
      throws SQLException {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, Row> byId = new HashMap<>();
    rows.forEach(row -> byId.put(row.id(), row));
    List<Long> ids = rows.stream().map(Row::id).toList();
    for (FieldColumn field : layout.fields()) {
      if (field.storage() == StorageKind.VALUES) {
        Map<Long, List<Object>> values = readValues(connection, field, ids);
        values.forEach((id, list) -> ((List<Object>) byId.get(id).values().get(field.name())).addAll(list));
      } else if (field.storage() == StorageKind.LINES) {
        Map<Long, List<Map<String, Object>>> lines = readLines(connection, field, ids);
        lines.forEach((id, list) -> ((List<Object>) byId.get(id).values().get(field.name())).addAll(list));
      }
    }
    List<RecordData> records = new ArrayList<>();
    for (Row row : rows) {
      records.add(new RecordData(layout.source(), row.id(), row.serial(), row.version(), row.status(), row.ownerId(),
          row.departmentId(), row.createdBy(), row.createdAt(), row.updatedBy(), row.updatedAt(), row.deleted(),
          freeze(row.values())));
    }
    return records;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> freeze(Map<String, Object> values) {
    Map<String, Object> frozen = new LinkedHashMap<>();
    values.forEach((name, value) -> {
      if (value instanceof List<?> list) {
        List<Object> copy = new ArrayList<>();
        for (Object item : list) {
          copy.add(item instanceof Map<?, ?> line ? java.util.Collections.unmodifiableMap(
              new LinkedHashMap<>((Map<String, Object>) line)) : item);
        }
        frozen.put(name, java.util.Collections.unmodifiableList(copy));
      } else {
        frozen.put(name, value);
      }
    });
    return frozen;
  }

  private static Map<Long, List<Object>> readValues(Connection connection, FieldColumn field, List<Long> ownerIds)
      throws SQLException {
    Map<Long, List<Object>> values = new HashMap<>();
    for (List<Long> chunk : chunks(ownerIds)) {
      SqlText sql = new SqlText().append("SELECT record_id, val FROM " + field.allocation().table()
          + " WHERE record_id IN (").append(idList(chunk)).append(") ORDER BY record_id, position");
      try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
        sql.bind(statement, 1);
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            values.computeIfAbsent(rows.getLong(1), k -> new ArrayList<>())
                .add(ValueCodec.read(rows, 2, field.allocation().type()));
          }
        }
      }
    }
    return values;
  }

  private static Map<Long, List<Map<String, Object>>> readLines(Connection connection, FieldColumn field,
      List<Long> recordIds) throws SQLException {
    Map<Long, List<Map<String, Object>>> lines = new HashMap<>();
    Map<Long, Map<String, Object>> byLineId = new LinkedHashMap<>();
    StringBuilder columns = new StringBuilder("id, record_id");
    for (FieldColumn lineField : field.lines()) {
      if (lineField.storage() == StorageKind.COLUMN) {
        columns.append(", ").append(lineField.allocation().column());
      }
    }
    for (List<Long> chunk : chunks(recordIds)) {
      SqlText sql = new SqlText().append("SELECT " + columns + " FROM " + field.allocation().table()
          + " WHERE record_id IN (").append(idList(chunk)).append(") ORDER BY record_id, position");
      try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
        sql.bind(statement, 1);
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", rows.getLong(1));
            int index = 3;
            for (FieldColumn lineField : field.lines()) {
              line.put(lineField.name(), lineField.storage() == StorageKind.COLUMN
                  ? ValueCodec.read(rows, index++, lineField.allocation().type()) : new ArrayList<>());
            }
            lines.computeIfAbsent(rows.getLong(2), k -> new ArrayList<>()).add(line);
            byLineId.put(rows.getLong(1), line);
          }
        }
      }
    }
    if (!byLineId.isEmpty()) {
      List<Long> lineIds = new ArrayList<>(byLineId.keySet());
      for (FieldColumn lineField : field.lines()) {
        if (lineField.storage() == StorageKind.VALUES) {
          readValues(connection, lineField, lineIds).forEach((lineId, values) ->
              ((List<Object>) byLineId.get(lineId).get(lineField.name())).addAll(values));
        }
      }
    }
    return lines;
  }

  // ---------------------------------------------------------------------------------------------
  // values

  /**
   * Checks and converts values: every key a field of the layout, every value of the field's type.
   * For an insert ({@code partial} false) every field gets an entry, empty lists for missing lists.
   */
  private static Map<String, Object> normalize(FormLayout layout, Map<String, ?> values, boolean partial) {
    for (String name : values.keySet()) {
      if (layout.field(name).isEmpty()) {
        throw new IllegalArgumentException("Form " + layout.formKey() + " has no field '" + name + "'");
      }
    }
    Map<String, Object> normalized = new LinkedHashMap<>();
    for (FieldColumn field : layout.fields()) {
      if (partial && !values.containsKey(field.name())) {
        continue;
      }
      normalized.put(field.name(), normalize(field, values.get(field.name()), true));
    }
    return normalized;
  }

  private static Object normalize(FieldColumn field, Object value, boolean topLevel) {
    return switch (field.storage()) {
      case COLUMN -> ValueCodec.normalize(field.allocation().type(), value, field.name());
      case VALUES -> {
        List<Object> list = new ArrayList<>();
        for (Object item : items(field, value)) {
          if (item != null) {
            list.add(ValueCodec.normalize(field.allocation().type(), item, field.name()));
          }
        }
        yield list;
      }
      case LINES -> {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Object item : items(field, value)) {
          if (!(item instanceof Map<?, ?> line)) {
            throw new IllegalArgumentException("Each line of sub-table '" + field.name() + "' is a map of its fields");
          }
          for (Object key : line.keySet()) {
            if (!"id".equals(key) && field.line(String.valueOf(key)) == null) {
              throw new IllegalArgumentException("Sub-table '" + field.name() + "' has no field '" + key + "'");
            }
          }
          Map<String, Object> normalized = new LinkedHashMap<>();
          Object id = line.get("id");
          if (id != null) {
            normalized.put("id", ValueCodec.normalize(ColumnType.of(io.atrium.forms.storage.SqlType.BIGINT), id,
                field.name() + ".id"));
          }
          for (FieldColumn lineField : field.lines()) {
            normalized.put(lineField.name(), normalize(lineField, line.get(lineField.name()), false));
          }
          lines.add(normalized);
        }
        yield lines;
      }
    };
  }

  private static Collection<?> items(FieldColumn field, Object value) {
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof Collection<?> items)) {
      throw new IllegalArgumentException("Field '" + field.name() + "' takes a list of values, not a "
          + value.getClass().getSimpleName());
    }
    return items;
  }

  // ---------------------------------------------------------------------------------------------
  // SQL

  private String[] generatedId() {
    // PostgreSQL's driver quotes the name in RETURNING; H2 keeps unquoted names in upper case
    return new String[] {persistence.database() == Database.POSTGRESQL ? "id" : "ID"};
  }

  private static List<Long> generatedKeys(PreparedStatement sql) throws SQLException {
    List<Long> keys = new ArrayList<>();
    try (ResultSet rows = sql.getGeneratedKeys()) {
      while (rows.next()) {
        keys.add(rows.getLong(1));
      }
    }
    return keys;
  }

  private static String insertSql(FormLayout layout) {
    return layout.sql("insert", () -> {
      StringBuilder columns = new StringBuilder("serial, status, owner_id, department_id, created_by, created_at, "
          + "updated_by, updated_at, version, deleted");
      StringBuilder values = new StringBuilder("?, ?, ?, ?, ?, ?, ?, ?, 1, FALSE");
      for (FieldColumn field : layout.fields()) {
        if (field.storage() == StorageKind.COLUMN) {
          columns.append(", ").append(field.allocation().column());
          values.append(", ?");
        }
      }
      return "INSERT INTO " + layout.table() + " (" + columns + ") VALUES (" + values + ")";
    });
  }

  private static String selectSql(FormLayout layout) {
    return layout.sql("select", () -> {
      StringBuilder columns = new StringBuilder(SYSTEM_COLUMNS);
      for (FieldColumn field : layout.fields()) {
        if (field.storage() == StorageKind.COLUMN) {
          columns.append(", r.").append(field.allocation().column());
        }
      }
      return "SELECT " + columns + " FROM " + layout.table() + " r";
    });
  }

  private static String lineInsertSql(FieldColumn field) {
    StringBuilder columns = new StringBuilder("record_id, position");
    StringBuilder values = new StringBuilder("?, ?");
    for (FieldColumn lineField : field.lines()) {
      if (lineField.storage() == StorageKind.COLUMN) {
        columns.append(", ").append(lineField.allocation().column());
        values.append(", ?");
      }
    }
    return "INSERT INTO " + field.allocation().table() + " (" + columns + ") VALUES (" + values + ")";
  }

  private static String lineUpdateSql(FieldColumn field) {
    StringBuilder sets = new StringBuilder("position = ?");
    for (FieldColumn lineField : field.lines()) {
      if (lineField.storage() == StorageKind.COLUMN) {
        sets.append(", ").append(lineField.allocation().column()).append(" = ?");
      }
    }
    return "UPDATE " + field.allocation().table() + " SET " + sets + " WHERE id = ?";
  }

  private static List<Long> liveIds(Connection connection, FormLayout layout, List<Long> ids) throws SQLException {
    SqlText sql = new SqlText().append("SELECT id FROM " + layout.table() + " WHERE " + Ddl.LIVE + " AND id IN (")
        .append(idList(ids)).append(") FOR UPDATE");
    List<Long> live = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
      sql.bind(statement, 1);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          live.add(rows.getLong(1));
        }
      }
    }
    return live;
  }

  private static SqlText idList(Collection<Long> ids) {
    SqlText sql = new SqlText();
    boolean first = true;
    ColumnType bigint = ColumnType.of(io.atrium.forms.storage.SqlType.BIGINT);
    for (Long id : ids) {
      sql.append(first ? "" : ", ").param(bigint, id);
      first = false;
    }
    return sql;
  }

  private static List<List<Long>> chunks(Collection<Long> ids) {
    List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(ids));
    List<List<Long>> chunks = new ArrayList<>();
    for (int from = 0; from < distinct.size(); from += CHUNK) {
      chunks.add(distinct.subList(from, Math.min(distinct.size(), from + CHUNK)));
    }
    return chunks;
  }

  private static int execute(Connection connection, SqlText sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
      sql.bind(statement, 1);
      return statement.executeUpdate();
    }
  }

  /** A unique index refusing a value becomes a validation problem naming the field; other failures pass. */
  private RuntimeException translate(FormLayout layout, SQLException e) {
    if ("23505".equals(e.getSQLState())) {
      String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
      for (FieldColumn field : layout.fields()) {
        if (field.storage() == StorageKind.COLUMN && field.allocation().uniqueIndexed() && message.contains(
            Ddl.uniqueName(field.allocation().table(), field.allocation().column()).toLowerCase(Locale.ROOT))) {
          Locale locale = currentUser.locale();
          return new RecordValidationException(List.of(new FieldProblem(field.name(),
              field.field().label().in(locale), StorageTexts.text(locale, "forms.storage.duplicate"))));
        }
      }
    }
    return new StorageException("Writing records of form " + layout.formKey() + " failed: " + e.getMessage(), e);
  }
}
