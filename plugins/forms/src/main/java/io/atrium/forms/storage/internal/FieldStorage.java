package io.atrium.forms.storage.internal;

import io.atrium.forms.schema.FieldDefinition;
import io.atrium.forms.schema.FieldType;
import io.atrium.forms.storage.ColumnType;
import io.atrium.forms.storage.SqlType;
import io.atrium.forms.storage.StorageKind;

/**
 * How a field of a schema is to be stored: column or child table, SQL type, indexes. The one place
 * that maps field types to SQL.
 *
 * @param kind column, values table or lines table
 * @param type the column type (of the value column of a values table); null for lines
 * @param indexed whether the column gets a plain index
 * @param unique whether a unique index over live records guards it
 * @param lookupForm key of the form a lookup points to, else null
 */
public record FieldStorage(StorageKind kind, ColumnType type, boolean indexed, boolean unique, String lookupForm) {

  /** Text of a text field without {@code maxLength}. */
  public static final int DEFAULT_TEXT = 200;
  /** Text of a multi-line field without {@code maxLength}. */
  public static final int DEFAULT_TEXTAREA = 4000;
  /** A blob id. */
  public static final int BLOB_ID = 100;

  /** Families of values that convert into each other without loss; anything else is refused. */
  public enum ValueClass {
    /** Text of any kind, options included. */
    TEXT,
    /** Numbers; integer to decimal is a widening, the other way is refused. */
    NUMBER,
    /** Dates. */
    DATE,
    /** Instants. */
    DATETIME,
    /** Times of day. */
    TIME,
    /** Yes or no. */
    BOOLEAN,
    /** User ids. */
    USER,
    /** Department ids. */
    DEPARTMENT,
    /** Record ids of another form. */
    LOOKUP,
    /** Blob ids. */
    FILE,
    /** Sub-table lines. */
    LINES
  }

  /** The storage a field needs; {@code topLevel} is false for the line fields of a sub-table. */
  public static FieldStorage of(FieldDefinition field, boolean topLevel) {
    FieldType type = field.type();
    if (type == FieldType.SUBTABLE) {
      return new FieldStorage(StorageKind.LINES, null, false, false, null);
    }
    ColumnType column = columnType(field);
    boolean lookup = type == FieldType.LOOKUP;
    if (field.multiValued()) {
      // lookups are always indexed: purges check references and detail pages list related records
      boolean indexed = (lookup || topLevel && field.filterable()) && column.indexable();
      return new FieldStorage(StorageKind.VALUES, column, indexed, false, lookup ? field.lookupForm() : null);
    }
    boolean unique = topLevel && field.unique() && column.indexable();
    boolean indexed = !unique && (lookup || topLevel && field.filterable()) && column.indexable();
    return new FieldStorage(StorageKind.COLUMN, column, indexed, unique, lookup ? field.lookupForm() : null);
  }

  /** The SQL type of one value of a field. */
  public static ColumnType columnType(FieldDefinition field) {
    return switch (field.type()) {
      case TEXT -> text(field.maxLength(), DEFAULT_TEXT);
      case TEXTAREA -> text(field.maxLength(), DEFAULT_TEXTAREA);
      case EMAIL -> text(field.maxLength(), 254);
      case PHONE -> text(field.maxLength(), 40);
      case URL -> text(field.maxLength(), 2000);
      case REGION, SELECT, RADIO, MULTISELECT, CHECKBOX -> text(field.maxLength(), DEFAULT_TEXT);
      case SERIAL -> ColumnType.varchar(100);
      case RICHTEXT -> ColumnType.of(SqlType.CLOB);
      case INTEGER -> ColumnType.of(SqlType.BIGINT);
      case DECIMAL, MONEY, PERCENT, FORMULA -> ColumnType.numeric(scale(field));
      case DATE -> ColumnType.of(SqlType.DATE);
      case DATETIME -> ColumnType.of(SqlType.TIMESTAMP);
      case TIME -> ColumnType.of(SqlType.TIME);
      case SWITCH -> ColumnType.of(SqlType.BOOLEAN);
      case USER, DEPARTMENT, LOOKUP -> ColumnType.of(SqlType.BIGINT);
      case ATTACHMENT, IMAGE, SIGNATURE -> ColumnType.varchar(BLOB_ID);
      case SUBTABLE -> throw new IllegalArgumentException("A sub-table has no column type");
    };
  }

  /** Digits after the point of a number field: its {@code scale}, else 2. */
  public static int scale(FieldDefinition field) {
    return field.scale() == null ? 2 : Math.max(0, field.scale());
  }

  /** The family of a field type's values. */
  public static ValueClass valueClass(FieldType type) {
    return switch (type) {
      case TEXT, TEXTAREA, EMAIL, PHONE, URL, REGION, SELECT, RADIO, MULTISELECT, CHECKBOX, SERIAL, RICHTEXT ->
          ValueClass.TEXT;
      case INTEGER, DECIMAL, MONEY, PERCENT, FORMULA -> ValueClass.NUMBER;
      case DATE -> ValueClass.DATE;
      case DATETIME -> ValueClass.DATETIME;
      case TIME -> ValueClass.TIME;
      case SWITCH -> ValueClass.BOOLEAN;
      case USER -> ValueClass.USER;
      case DEPARTMENT -> ValueClass.DEPARTMENT;
      case LOOKUP -> ValueClass.LOOKUP;
      case ATTACHMENT, IMAGE, SIGNATURE -> ValueClass.FILE;
      case SUBTABLE -> ValueClass.LINES;
    };
  }

  private static ColumnType text(Integer maxLength, int fallback) {
    int length = maxLength == null ? fallback : maxLength;
    return length > ColumnType.MAX_VARCHAR ? ColumnType.of(SqlType.CLOB) : ColumnType.varchar(length);
  }
}
