package io.atrium.forms.storage.internal;

import io.atrium.forms.storage.ColumnType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Canonical Java values to and from generated columns. Values are written as the database keeps
 * them (decimals at the column's scale, instants to the microsecond, times to the second), so what
 * an insert returns equals what a read finds.
 */
final class ValueCodec {

  private ValueCodec() {
  }

  /** The value as stored in a column of that type; refuses values of another kind. */
  static Object normalize(ColumnType type, Object value, String field) {
    if (value == null) {
      return null;
    }
    return switch (type.sqlType()) {
      case VARCHAR, CLOB -> {
        if (!(value instanceof CharSequence text)) {
          throw wrong(field, "text", value);
        }
        yield text.toString();
      }
      case BIGINT -> {
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
          yield ((Number) value).longValue();
        }
        if (value instanceof BigInteger || value instanceof BigDecimal) {
          try {
            yield new BigDecimal(value.toString()).longValueExact();
          } catch (ArithmeticException e) {
            throw wrong(field, "a whole number", value);
          }
        }
        throw wrong(field, "a whole number", value);
      }
      case NUMERIC -> {
        BigDecimal number;
        if (value instanceof BigDecimal decimal) {
          number = decimal;
        } else if (value instanceof Long || value instanceof Integer || value instanceof BigInteger) {
          number = new BigDecimal(value.toString());
        } else {
          throw wrong(field, "a decimal number", value);
        }
        yield number.setScale(type.scale(), RoundingMode.HALF_UP);
      }
      case DATE -> {
        if (!(value instanceof LocalDate)) {
          throw wrong(field, "a date", value);
        }
        yield value;
      }
      case TIMESTAMP -> {
        Instant instant;
        if (value instanceof Instant at) {
          instant = at;
        } else if (value instanceof OffsetDateTime at) {
          instant = at.toInstant();
        } else if (value instanceof ZonedDateTime at) {
          instant = at.toInstant();
        } else {
          throw wrong(field, "an instant", value);
        }
        yield instant.truncatedTo(ChronoUnit.MICROS);
      }
      case TIME -> {
        if (!(value instanceof LocalTime time)) {
          throw wrong(field, "a time of day", value);
        }
        yield time.truncatedTo(ChronoUnit.SECONDS);
      }
      case BOOLEAN -> {
        if (!(value instanceof Boolean)) {
          throw wrong(field, "true or false", value);
        }
        yield value;
      }
    };
  }

  /** Binds a normalized value (or null). */
  static void bind(PreparedStatement sql, int index, ColumnType type, Object value) throws SQLException {
    if (value == null) {
      sql.setNull(index, sqlType(type));
      return;
    }
    switch (type.sqlType()) {
      case VARCHAR, CLOB -> sql.setString(index, (String) value);
      case BIGINT -> sql.setLong(index, (Long) value);
      case NUMERIC -> sql.setBigDecimal(index, (BigDecimal) value);
      case TIMESTAMP -> sql.setObject(index, Jdbc.utc((Instant) value));
      case BOOLEAN -> sql.setBoolean(index, (Boolean) value);
      default -> sql.setObject(index, value);
    }
  }

  /** Reads a column. */
  static Object read(ResultSet rows, int index, ColumnType type) throws SQLException {
    return switch (type.sqlType()) {
      case VARCHAR, CLOB -> rows.getString(index);
      case BIGINT -> {
        long value = rows.getLong(index);
        yield rows.wasNull() ? null : value;
      }
      case NUMERIC -> {
        BigDecimal value = rows.getBigDecimal(index);
        yield value == null ? null : value.setScale(type.scale(), RoundingMode.HALF_UP);
      }
      case DATE -> rows.getObject(index, LocalDate.class);
      case TIMESTAMP -> Jdbc.instant(rows, index);
      case TIME -> rows.getObject(index, LocalTime.class);
      case BOOLEAN -> {
        boolean value = rows.getBoolean(index);
        yield rows.wasNull() ? null : value;
      }
    };
  }

  private static int sqlType(ColumnType type) {
    return switch (type.sqlType()) {
      // PostgreSQL takes a null CLOB as an OID; text columns take VARCHAR nulls on both databases
      case VARCHAR, CLOB -> Types.VARCHAR;
      case BIGINT -> Types.BIGINT;
      case NUMERIC -> Types.NUMERIC;
      case DATE -> Types.DATE;
      case TIMESTAMP -> Types.TIMESTAMP_WITH_TIMEZONE;
      case TIME -> Types.TIME;
      case BOOLEAN -> Types.BOOLEAN;
    };
  }

  private static IllegalArgumentException wrong(String field, String expected, Object value) {
    return new IllegalArgumentException("Field '" + field + "' takes " + expected + ", not a "
        + value.getClass().getSimpleName());
  }
}
