package io.atrium.forms.storage;

import io.atrium.sdk.persistence.Database;
import java.util.Objects;

/**
 * The SQL type of a generated column.
 *
 * @param sqlType the kind of column
 * @param length most characters of a {@link SqlType#VARCHAR}, else null
 * @param scale digits after the point of a {@link SqlType#NUMERIC}, else null
 */
public record ColumnType(SqlType sqlType, Integer length, Integer scale) {

  /** Digits before the point of every {@link SqlType#NUMERIC}: enough for any {@code long}. */
  public static final int INTEGER_DIGITS = 19;

  /** Longest text indexed: 500 characters stay below PostgreSQL's B-tree row limit in any script. */
  public static final int MAX_INDEXED_LENGTH = 500;

  /** Longest text kept in a {@code VARCHAR}; longer limits use {@link SqlType#CLOB}. */
  public static final int MAX_VARCHAR = 4000;

  /** Checks that length and scale go with the type. */
  public ColumnType {
    Objects.requireNonNull(sqlType, "sqlType");
    if ((sqlType == SqlType.VARCHAR) != (length != null) || (sqlType == SqlType.NUMERIC) != (scale != null)) {
      throw new IllegalArgumentException("Length goes with VARCHAR and scale with NUMERIC only, not " + sqlType
          + " length " + length + " scale " + scale);
    }
  }

  /** Text of at most {@code length} characters. */
  public static ColumnType varchar(int length) {
    return new ColumnType(SqlType.VARCHAR, Math.max(1, length), null);
  }

  /** A type without length or scale. */
  public static ColumnType of(SqlType type) {
    return new ColumnType(type, null, null);
  }

  /** A decimal with {@code scale} digits after the point. */
  public static ColumnType numeric(int scale) {
    return new ColumnType(SqlType.NUMERIC, null, Math.max(0, scale));
  }

  /** Total digits of a {@link SqlType#NUMERIC}. */
  public int precision() {
    return INTEGER_DIGITS + (scale == null ? 0 : scale);
  }

  /** Whether a B-tree index may hold it. */
  public boolean indexable() {
    return sqlType != SqlType.CLOB && (sqlType != SqlType.VARCHAR || length <= MAX_INDEXED_LENGTH);
  }

  /** Whether values are text. */
  public boolean text() {
    return sqlType == SqlType.VARCHAR || sqlType == SqlType.CLOB;
  }

  /** The type in DDL of a database. */
  public String ddl(Database database) {
    return switch (sqlType) {
      case VARCHAR -> "VARCHAR(" + length + ")";
      case CLOB -> database == Database.POSTGRESQL ? "TEXT" : "CLOB";
      case BIGINT -> "BIGINT";
      case NUMERIC -> "NUMERIC(" + precision() + ", " + scale + ")";
      case DATE -> "DATE";
      case TIMESTAMP -> "TIMESTAMP WITH TIME ZONE";
      case TIME -> "TIME";
      case BOOLEAN -> "BOOLEAN";
    };
  }

  /** A short description for plans and messages, e.g. {@code VARCHAR(200)}. */
  @Override
  public String toString() {
    return switch (sqlType) {
      case VARCHAR -> "VARCHAR(" + length + ")";
      case NUMERIC -> "NUMERIC(" + precision() + ", " + scale + ")";
      default -> sqlType.name();
    };
  }
}
