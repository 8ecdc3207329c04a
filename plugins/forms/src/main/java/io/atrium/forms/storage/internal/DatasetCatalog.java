package io.atrium.forms.storage.internal;

import io.atrium.forms.schema.FieldType;
import io.atrium.forms.storage.ColumnType;
import io.atrium.forms.storage.FieldColumn;
import io.atrium.forms.storage.FormLayout;
import io.atrium.forms.storage.SqlType;
import io.atrium.forms.storage.StorageKind;
import io.atrium.sdk.dataset.DatasetField;
import io.atrium.sdk.dataset.FieldKind;
import io.atrium.sdk.dataset.ValueType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The fields of a layout a dataset offers, each with the generated column that holds it: the record
 * table is aliased {@code r}, a sub-table's lines {@code l}. Only single-valued columns a report can
 * group or aggregate are offered; long text, rich text, files, lookups and multi-valued fields are not.
 */
final class DatasetCatalog {

  /**
   * One offered field.
   *
   * @param name its dataset name
   * @param kind its default role
   * @param type its values' type
   * @param column the qualified column, e.g. {@code r.c3} or {@code l.c5}
   * @param columnType the column's SQL type
   * @param subTable the sub-table a line field belongs to, else null
   * @param system whether it is a system attribute (filtered through {@link QuerySql#SYSTEM})
   */
  record Entry(String name, FieldKind kind, ValueType type, String column, ColumnType columnType, FieldColumn subTable,
      boolean system) {
  }

  /** The system attributes offered, by name, with their types. */
  private static final Map<String, ValueType> SYSTEM = systemFields();

  private final FormLayout layout;
  private final Map<String, Entry> entries = new LinkedHashMap<>();

  /** The catalogue of a layout without the top-level fields named in {@code hidden} (and their lines). */
  DatasetCatalog(FormLayout layout, Set<String> hidden) {
    this.layout = layout;
    SYSTEM.forEach((name, type) -> entries.put(name, new Entry(name, FieldKind.DIMENSION, type,
        "r." + QuerySql.SYSTEM.get(name).column(), QuerySql.SYSTEM.get(name).type(), null, true)));
    for (FieldColumn field : layout.fields()) {
      if (hidden.contains(field.name())) {
        continue;
      }
      if (field.storage() == StorageKind.COLUMN) {
        add(field.name(), field, "r.", null);
      } else if (field.storage() == StorageKind.LINES) {
        for (FieldColumn line : field.lines()) {
          if (line.storage() == StorageKind.COLUMN) {
            add(field.name() + "." + line.name(), line, "l.", field);
          }
        }
      }
    }
  }

  private static Map<String, ValueType> systemFields() {
    Map<String, ValueType> system = new LinkedHashMap<>();
    system.put("serial", ValueType.TEXT);
    system.put("status", ValueType.TEXT);
    system.put("ownerId", ValueType.USER);
    system.put("departmentId", ValueType.DEPARTMENT);
    system.put("createdAt", ValueType.DATETIME);
    system.put("updatedAt", ValueType.DATETIME);
    return system;
  }

  private void add(String name, FieldColumn field, String alias, FieldColumn subTable) {
    ColumnType columnType = field.allocation().type();
    valueType(field.field().type(), columnType).ifPresent(type -> entries.put(name, new Entry(name,
        type == ValueType.NUMBER ? FieldKind.MEASURE : FieldKind.DIMENSION, type,
        alias + field.allocation().column(), columnType, subTable, false)));
  }

  /** The dataset type of a field stored in a column of that type; empty for fields not offered. */
  private static Optional<ValueType> valueType(FieldType type, ColumnType column) {
    if (column.sqlType() == SqlType.CLOB) {
      return Optional.empty();
    }
    return Optional.ofNullable(switch (type) {
      case TEXT, TEXTAREA, SELECT, RADIO, EMAIL, PHONE, URL, REGION, SERIAL -> ValueType.TEXT;
      case INTEGER, DECIMAL, MONEY, PERCENT, FORMULA -> ValueType.NUMBER;
      case DATE -> ValueType.DATE;
      case DATETIME -> ValueType.DATETIME;
      case TIME -> ValueType.TIME;
      case SWITCH -> ValueType.BOOLEAN;
      case USER -> ValueType.USER;
      case DEPARTMENT -> ValueType.DEPARTMENT;
      default -> null;
    });
  }

  /** The offered field with that name. */
  Optional<Entry> entry(String name) {
    return Optional.ofNullable(entries.get(name));
  }

  /** The offered fields in order: system attributes first, then the form's fields. */
  List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  /** The offered fields as the SDK shows them, labelled in the language. */
  List<DatasetField> fields(Locale locale) {
    return entries.values().stream().map(e -> new DatasetField(e.name(), label(e.name(), locale), e.kind(), e.type()))
        .toList();
  }

  /** The label of an offered field (or of a name not offered: the name). */
  String label(String name, Locale locale) {
    Entry entry = entries.get(name);
    if (entry == null) {
      return name;
    }
    if (entry.system()) {
      return StorageTexts.text(locale, "forms.dataset.system." + name);
    }
    if (entry.subTable() != null) {
      FieldColumn line = entry.subTable().line(name.substring(entry.subTable().name().length() + 1));
      return StorageTexts.text(locale, "forms.dataset.lineField", entry.subTable().field().label().in(locale),
          line.field().label().in(locale));
    }
    return layout.field(name).map(f -> f.field().label().in(locale)).orElse(name);
  }
}
