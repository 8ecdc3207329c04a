package io.atrium.forms.storage.internal;

import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.FormSchema;
import io.atrium.forms.storage.ColumnAllocation;
import io.atrium.forms.storage.ColumnType;
import io.atrium.forms.storage.FieldChange;
import io.atrium.forms.storage.MigrationPlan;
import io.atrium.forms.storage.MigrationStep;
import io.atrium.forms.storage.MigrationStep.Kind;
import io.atrium.forms.storage.RefusedChange;
import io.atrium.forms.storage.RefusedChange.Reason;
import io.atrium.forms.storage.SqlType;
import io.atrium.forms.storage.StorageKind;
import io.atrium.forms.storage.TableAllocation;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Computes a {@link MigrationPlan} from a form's allocation and a new schema. It reads data (for
 * narrowing and new unique fields) but changes nothing. Rules:
 * <ul>
 *   <li>a new field gets a new column or child table, named from the form's counter;</li>
 *   <li>a field is found by its id, so a renamed field keeps its column;</li>
 *   <li>a removed field is retired: column and data stay, and the same id brings them back;</li>
 *   <li>a type change is allowed only within a family of values and only when every stored value
 *       survives: longer text, text to long text, more decimals, integer to decimal; shorter text or
 *       fewer decimals when no stored value exceeds them;</li>
 *   <li>everything else (text to date, decimal to integer, one value to several, a lookup to another
 *       form, ...) is refused, and every refused field is listed.</li>
 * </ul>
 */
final class MigrationPlanner {

  private final long formId;
  private final int baseVersion;
  private final String formKey;
  private final TableAllocation old;
  private final Ddl ddl;
  private final DataInspector data;
  private final Function<String, Optional<Long>> lookupTargets;
  private final boolean tableExists;
  private final Function<Long, String> tableNames;

  private final List<MigrationStep> steps = new ArrayList<>();
  private final List<RefusedChange> refused = new ArrayList<>();
  private final List<FieldChange> changes = new ArrayList<>();
  private final Map<String, ColumnAllocation> result = new LinkedHashMap<>();
  private int counter;

  /**
   * Creates a planner.
   *
   * @param lookupTargets the id of the published form with a key, empty when there is none
   * @param data reads the current data; only used when the table exists
   * @param tableNames the record table of a form id
   */
  MigrationPlanner(long formId, int baseVersion, String formKey, TableAllocation old, Ddl ddl, DataInspector data,
      Function<String, Optional<Long>> lookupTargets, Function<Long, String> tableNames) {
    this.tableNames = tableNames;
    this.formId = formId;
    this.baseVersion = baseVersion;
    this.formKey = formKey;
    this.old = old;
    this.ddl = ddl;
    this.data = data;
    this.lookupTargets = lookupTargets;
    this.tableExists = baseVersion > 0;
    this.counter = old.nextNumber();
    old.columns().forEach(c -> result.put(key(c.parentId(), c.fieldId()), c));
  }

  /** The plan for a schema. */
  MigrationPlan plan(FormSchema schema) throws SQLException {
    String table = old.table();
    if (!tableExists) {
      steps.add(step(Kind.CREATE_TABLE, null, null, table, null, null, ddl.createRecordTable(table), table));
    }
    List<FieldDefinition> fields = schema.fields();
    Set<String> present = checkIds("", fields);
    for (FieldDefinition field : fields) {
      if (field.id() != null) {
        planField("", table, field);
      }
    }
    retireMissing("", present);
    TableAllocation after = new TableAllocation(formId, table, counter, new ArrayList<>(result.values()));
    return new MigrationPlan(formId, baseVersion, steps, refused, changes, after);
  }

  /** Refuses fields without id or sharing one; returns the ids present. */
  private Set<String> checkIds(String parentId, List<FieldDefinition> fields) {
    Set<String> ids = new HashSet<>();
    for (FieldDefinition field : fields) {
      if (field.id() == null || field.id().isBlank()) {
        refused.add(new RefusedChange(null, field.name(), Reason.NO_ID, List.of(field.name())));
      } else if (!ids.add(field.id())) {
        refused.add(new RefusedChange(field.id(), field.name(), Reason.DUPLICATE_ID, List.of(field.name(),
            field.id())));
      }
    }
    return ids;
  }

  private void planField(String parentId, String parentTable, FieldDefinition field) throws SQLException {
    boolean topLevel = parentId.isEmpty();
    if (field.type() == FieldType.SUBTABLE && !topLevel) {
      refused.add(refusal(field, Reason.NESTED, field.name()));
      return;
    }
    FieldStorage wanted = FieldStorage.of(field, topLevel);
    Long target = null;
    if (wanted.lookupForm() != null) {
      Optional<Long> found = wanted.lookupForm().equals(formKey) ? Optional.of(formId)
          : lookupTargets.apply(wanted.lookupForm());
      if (found.isEmpty()) {
        refused.add(refusal(field, Reason.LOOKUP_UNPUBLISHED, field.name(), wanted.lookupForm()));
        return;
      }
      target = found.get();
    }
    ColumnAllocation existing = result.get(key(parentId, field.id()));
    if (existing == null) {
      add(parentId, parentTable, field, wanted, target);
    } else {
      change(existing, field, wanted, target);
    }
  }

  private void add(String parentId, String parentTable, FieldDefinition field, FieldStorage wanted, Long target)
      throws SQLException {
    int number = counter++;
    String name = field.name();
    ColumnAllocation entry;
    switch (wanted.kind()) {
      case COLUMN -> {
        String column = "c" + number;
        steps.add(step(Kind.ADD_COLUMN, field, parentTable, column, wanted.type(),
            List.of(ddl.addColumn(parentTable, column, wanted.type())), name, column, wanted.type().toString()));
        entry = new ColumnAllocation(parentId, field.id(), name, field.type(), StorageKind.COLUMN, number,
            parentTable, column, wanted.type(), false, false, target, false);
      }
      case VALUES -> {
        String child = old.table() + "_m" + number;
        List<String> sql = new ArrayList<>(ddl.createValuesTable(child, parentTable));
        sql.add(ddl.addColumn(child, "val", wanted.type()));
        steps.add(step(Kind.CREATE_VALUES_TABLE, field, child, "val", wanted.type(), sql, name, child,
            wanted.type().toString()));
        entry = new ColumnAllocation(parentId, field.id(), name, field.type(), StorageKind.VALUES, number, child,
            "val", wanted.type(), false, false, target, false);
      }
      default -> {
        String child = old.table() + "_s" + number;
        steps.add(step(Kind.CREATE_LINES_TABLE, field, child, null, null, ddl.createLinesTable(child, parentTable),
            name, child));
        entry = new ColumnAllocation(parentId, field.id(), name, field.type(), StorageKind.LINES, number, child,
            null, null, false, false, null, false);
      }
    }
    changes.add(new FieldChange(FieldChange.Kind.ADDED, field.id(), name, null, null));
    entry = indexes(entry, field, wanted, false);
    if (target != null) {
      steps.add(step(Kind.ADD_REFERENCE, field, entry.table(), entry.column(), entry.type(),
          List.of(ddl.addReference(entry.table(), entry.column(), tableOf(target))), name, tableOf(target)));
    }
    result.put(key(parentId, field.id()), entry);
    if (wanted.kind() == StorageKind.LINES) {
      planLines(field, entry);
    }
  }

  private void change(ColumnAllocation existing, FieldDefinition field, FieldStorage wanted, Long target)
      throws SQLException {
    String name = field.name();
    if (existing.storage() != wanted.kind()) {
      refused.add(refusal(field, Reason.KIND, name, describe(existing), describe(field)));
      return;
    }
    FieldStorage.ValueClass from = FieldStorage.valueClass(existing.fieldType());
    if (from != FieldStorage.valueClass(field.type())) {
      refused.add(refusal(field, Reason.TYPE, name, existing.fieldType().jsonName(), field.type().jsonName()));
      return;
    }
    if (!java.util.Objects.equals(existing.referencedFormId(), target)) {
      refused.add(refusal(field, Reason.LOOKUP_TARGET, name, field.lookupForm()));
      return;
    }
    ColumnType newType = wanted.type();
    boolean typeChanges = newType != null && !newType.equals(existing.type());
    if (typeChanges && !convertible(existing, field, newType)) {
      return;
    }
    if (existing.retired()) {
      steps.add(step(Kind.RESTORE, field, existing.table(), existing.column(), existing.type(), List.of(), name,
          place(existing)));
      changes.add(new FieldChange(FieldChange.Kind.RESTORED, field.id(), name, null, null));
    } else if (!existing.fieldName().equals(name)) {
      steps.add(step(Kind.RENAME, field, existing.table(), existing.column(), existing.type(), List.of(),
          existing.fieldName(), name, place(existing)));
      changes.add(new FieldChange(FieldChange.Kind.RENAMED, field.id(), name, existing.fieldName(), null));
    }
    if (typeChanges || existing.fieldType() != field.type()) {
      changes.add(new FieldChange(FieldChange.Kind.RETYPED, field.id(), name,
          existing.fieldType().jsonName() + (existing.type() == null ? "" : " " + existing.type()),
          field.type().jsonName() + (newType == null ? "" : " " + newType)));
    }
    ColumnAllocation entry = existing.as(name, field.type(), false);
    if (typeChanges) {
      // indexes that cannot survive the change go first; those wanted come back after it
      if (existing.uniqueIndexed()) {
        steps.add(step(Kind.DROP_UNIQUE, field, entry.table(), entry.column(), entry.type(),
            ddl.dropUnique(entry.table(), entry.column()), name, entry.column()));
        entry = entry.withIndexes(entry.indexed(), false);
      }
      if (existing.indexed() && !(wanted.indexed() && newType.indexable())) {
        steps.add(step(Kind.DROP_INDEX, field, entry.table(), entry.column(), entry.type(),
            List.of(ddl.dropIndex(entry.table(), entry.column())), name, entry.column()));
        entry = entry.withIndexes(false, false);
      }
      steps.add(step(Kind.ALTER_TYPE, field, entry.table(), entry.column(), newType,
          List.of(ddl.alterType(entry.table(), entry.column(), newType)), name, entry.column(),
          existing.type().toString(), newType.toString()));
      entry = entry.withType(newType);
    }
    entry = indexes(entry, field, wanted, true);
    result.put(key(entry.parentId(), entry.fieldId()), entry);
    if (wanted.kind() == StorageKind.LINES) {
      planLines(field, entry);
    }
  }

  /** Whether stored values survive a type change within a family; refuses (and says why) when not. */
  private boolean convertible(ColumnAllocation existing, FieldDefinition field, ColumnType to) throws SQLException {
    ColumnType from = existing.type();
    String name = field.name();
    if (from.text() && to.text()) {
      if (to.sqlType() == SqlType.CLOB || from.sqlType() == SqlType.VARCHAR && to.length() >= from.length()) {
        return true;
      }
      DataInspector.TooLong tooLong = data.longerThan(existing.table(), existing.column(), to.length());
      if (tooLong.rows() > 0) {
        refused.add(refusal(field, Reason.SHORTER, name, String.valueOf(to.length()),
            String.valueOf(tooLong.rows()), String.valueOf(tooLong.longest())));
        return false;
      }
      return true;
    }
    if (from.sqlType() == SqlType.BIGINT && to.sqlType() == SqlType.NUMERIC) {
      return true;
    }
    if (from.sqlType() == SqlType.NUMERIC && to.sqlType() == SqlType.NUMERIC) {
      if (to.scale() >= from.scale()) {
        return true;
      }
      long rows = data.moreDecimalsThan(existing.table(), existing.column(), to.scale());
      if (rows > 0) {
        refused.add(refusal(field, Reason.SCALE, name, String.valueOf(to.scale()), String.valueOf(rows)));
        return false;
      }
      return true;
    }
    refused.add(refusal(field, Reason.TYPE, name, existing.fieldType().jsonName() + " " + from,
        field.type().jsonName() + " " + to));
    return false;
  }

  /** Adds the steps that bring an entry's indexes to what the field wants. */
  private ColumnAllocation indexes(ColumnAllocation entry, FieldDefinition field, FieldStorage wanted,
      boolean existed) throws SQLException {
    if (entry.storage() == StorageKind.LINES) {
      return entry;
    }
    String name = field.name();
    boolean recordTable = entry.table().equals(old.table());
    ColumnAllocation now = entry;
    if (now.uniqueIndexed() && !wanted.unique()) {
      steps.add(step(Kind.DROP_UNIQUE, field, now.table(), now.column(), now.type(),
          ddl.dropUnique(now.table(), now.column()), name, now.column()));
      now = now.withIndexes(now.indexed(), false);
    }
    if (now.indexed() && !wanted.indexed()) {
      steps.add(step(Kind.DROP_INDEX, field, now.table(), now.column(), now.type(),
          List.of(ddl.dropIndex(now.table(), now.column())), name, now.column()));
      now = now.withIndexes(false, now.uniqueIndexed());
    }
    if (wanted.indexed() && !now.indexed()) {
      steps.add(step(Kind.CREATE_INDEX, field, now.table(), now.column(), now.type(),
          List.of(recordTable ? ddl.createIndex(now.table(), now.column())
              : ddl.createChildIndex(now.table(), now.column())), name, now.column()));
      now = now.withIndexes(true, now.uniqueIndexed());
    }
    if (wanted.unique() && !now.uniqueIndexed()) {
      // a column that existed holds data: refuse before the index creation would fail
      if (existed && tableExists && !uniqueBefore(entry)) {
        long duplicated = data.duplicatedValues(now.table(), now.column());
        if (duplicated > 0) {
          refused.add(refusal(field, Reason.DUPLICATES, name, String.valueOf(duplicated)));
          return now;
        }
      }
      steps.add(step(Kind.CREATE_UNIQUE, field, now.table(), now.column(), now.type(),
          ddl.createUnique(now.table(), now.column(), now.type()), name, now.column()));
      now = now.withIndexes(now.indexed(), true);
    }
    return now;
  }

  private boolean uniqueBefore(ColumnAllocation entry) {
    ColumnAllocation before = old.find(entry.parentId(), entry.fieldId()).orElse(null);
    return before != null && before.uniqueIndexed() && !before.retired();
  }

  private void planLines(FieldDefinition subTable, ColumnAllocation entry) throws SQLException {
    Set<String> present = checkIds(subTable.id(), subTable.fields());
    for (FieldDefinition line : subTable.fields()) {
      if (line.id() != null) {
        planField(subTable.id(), entry.table(), line);
      }
    }
    retireMissing(subTable.id(), present);
  }

  /** Retires the active fields under a parent that the new schema no longer has. */
  private void retireMissing(String parentId, Set<String> present) {
    for (ColumnAllocation entry : new ArrayList<>(result.values())) {
      if (!entry.parentId().equals(parentId) || entry.retired() || present.contains(entry.fieldId())) {
        continue;
      }
      ColumnAllocation now = entry;
      steps.add(step(Kind.RETIRE, entry.fieldId(), entry.fieldName(), entry.table(), entry.column(), entry.type(),
          List.of(), entry.fieldName(), place(entry)));
      // a retired column gets no new values: its indexes only cost; a lookup keeps the index its key needs
      if (now.uniqueIndexed()) {
        steps.add(step(Kind.DROP_UNIQUE, entry.fieldId(), entry.fieldName(), now.table(), now.column(), now.type(),
            ddl.dropUnique(now.table(), now.column()), entry.fieldName(), now.column()));
        now = now.withIndexes(now.indexed(), false);
      }
      if (now.indexed() && now.referencedFormId() == null) {
        steps.add(step(Kind.DROP_INDEX, entry.fieldId(), entry.fieldName(), now.table(), now.column(), now.type(),
            List.of(ddl.dropIndex(now.table(), now.column())), entry.fieldName(), now.column()));
        now = now.withIndexes(false, false);
      }
      result.put(key(parentId, entry.fieldId()), now.as(entry.fieldName(), entry.fieldType(), true));
      changes.add(new FieldChange(FieldChange.Kind.REMOVED, entry.fieldId(), entry.fieldName(), null, null));
    }
  }

  private String tableOf(long targetFormId) {
    return tableNames.apply(targetFormId);
  }

  private static String place(ColumnAllocation entry) {
    return entry.column() == null ? entry.table() : entry.table() + "." + entry.column();
  }

  private static String describe(ColumnAllocation entry) {
    return entry.fieldType().jsonName() + (entry.storage() == StorageKind.VALUES && !entry.fieldType()
        .alwaysMultiple() ? " (multiple)" : "");
  }

  private static String describe(FieldDefinition field) {
    return field.type().jsonName() + (field.multiple() && !field.type().alwaysMultiple() ? " (multiple)" : "");
  }

  private static String key(String parentId, String fieldId) {
    return parentId + "/" + fieldId;
  }

  private static RefusedChange refusal(FieldDefinition field, Reason reason, String... arguments) {
    return new RefusedChange(field.id(), field.name(), reason, List.of(arguments));
  }

  private static MigrationStep step(Kind kind, FieldDefinition field, String table, String column, ColumnType type,
      List<String> sql, String... arguments) {
    return step(kind, field == null ? null : field.id(), field == null ? null : field.name(), table, column, type,
        sql, arguments);
  }

  private static MigrationStep step(Kind kind, String fieldId, String fieldName, String table, String column,
      ColumnType type, List<String> sql, String... arguments) {
    return new MigrationStep(kind, fieldId, fieldName, table, column, type, sql, List.of(arguments));
  }
}
