package io.atrium.forms.storage;

import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.schema.FormSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A published version of a form joined with its allocation: for each field, the column that holds
 * it. The record store works on layouts; build one per published version and keep it (it caches
 * the SQL it generates).
 */
public final class FormLayout {

  private final long formId;
  private final String formKey;
  private final int version;
  private final String table;
  private final List<FieldColumn> fields;
  private final Map<String, FieldColumn> byName;
  private final Map<String, String> sqlCache = new ConcurrentHashMap<>();

  private FormLayout(long formId, String formKey, int version, String table, List<FieldColumn> fields) {
    this.formId = formId;
    this.formKey = formKey;
    this.version = version;
    this.table = table;
    this.fields = List.copyOf(fields);
    Map<String, FieldColumn> names = new LinkedHashMap<>();
    fields.forEach(f -> names.put(f.name(), f));
    this.byName = Collections.unmodifiableMap(names);
  }

  /**
   * Joins a published schema with the allocation it was published with.
   *
   * @throws IllegalStateException when a field has no active allocation (the schema was not published)
   */
  public static FormLayout of(long formId, int version, FormSchema schema, TableAllocation allocation) {
    if (allocation.formId() != formId) {
      throw new IllegalArgumentException("The allocation of form " + allocation.formId() + " is not that of form "
          + formId);
    }
    List<FieldColumn> columns = new ArrayList<>();
    for (FieldDefinition field : schema.fields()) {
      ColumnAllocation top = allocated(allocation, "", field, schema.key());
      List<FieldColumn> lines = new ArrayList<>();
      if (field.type() == FieldType.SUBTABLE) {
        for (FieldDefinition line : field.fields()) {
          lines.add(new FieldColumn(line, allocated(allocation, field.id(), line, schema.key()), List.of()));
        }
      }
      columns.add(new FieldColumn(field, top, lines));
    }
    return new FormLayout(formId, schema.key(), version, allocation.table(), columns);
  }

  private static ColumnAllocation allocated(TableAllocation allocation, String parentId, FieldDefinition field,
      String formKey) {
    return allocation.find(parentId, field.id() == null ? "" : field.id()).filter(c -> !c.retired())
        .orElseThrow(() -> new IllegalStateException("Field '" + field.name() + "' of form " + formKey
            + " has no column: the schema given is not the published one; publish it first"));
  }

  /** The form's id. */
  public long formId() {
    return formId;
  }

  /** The form's key. */
  public String formKey() {
    return formKey;
  }

  /** The record source key records carry, {@code forms.<key>}. */
  public String source() {
    return "forms." + formKey;
  }

  /** The published version. */
  public int version() {
    return version;
  }

  /** The record table. */
  public String table() {
    return table;
  }

  /** The top-level fields in schema order. */
  public List<FieldColumn> fields() {
    return fields;
  }

  /** The top-level field with that name. */
  public Optional<FieldColumn> field(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The first serial field, whose number is the record's serial, or null. */
  public FieldColumn serialField() {
    return fields.stream().filter(f -> f.field().type() == FieldType.SERIAL).findFirst().orElse(null);
  }

  /** SQL text generated for this layout, made once per key: for the record store. */
  public String sql(String key, Supplier<String> generator) {
    return sqlCache.computeIfAbsent(key, k -> generator.get());
  }
}
