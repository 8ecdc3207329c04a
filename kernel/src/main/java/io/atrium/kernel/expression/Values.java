package io.atrium.kernel.expression;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Calendar;
import java.util.Date;

/**
 * Dates and times as expressions see them: {@code java.time} values, which EL compares with
 * {@code <} and {@code >=} because they are {@link Comparable}. Legacy {@code java.util.Date} and
 * {@code Calendar} values are turned into their {@code java.time} equivalents when read, and ISO
 * text is parsed where a date is expected.
 */
final class Values {

  private Values() {
  }

  /** The value an expression reads: legacy dates become {@code java.time} values in the zone. */
  static Object normalize(Object value, ZoneId zone) {
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toLocalDateTime();
    }
    if (value instanceof java.sql.Time time) {
      return time.toLocalTime();
    }
    if (value instanceof Date date) {
      return LocalDateTime.ofInstant(date.toInstant(), zone);
    }
    if (value instanceof Calendar calendar) {
      return LocalDateTime.ofInstant(calendar.toInstant(), zone);
    }
    return value;
  }

  /** Whether {@link #convert} knows the type. */
  static boolean isTemporal(Class<?> type) {
    return type == LocalDate.class || type == LocalDateTime.class || type == LocalTime.class || type == Instant.class
        || type == OffsetDateTime.class || type == ZonedDateTime.class;
  }

  /**
   * Converts a value to a {@code java.time} type: ISO text is parsed, a date-time gives its date,
   * a date starts at midnight.
   *
   * @throws IllegalArgumentException when the value cannot be read as that type
   */
  static Object convert(Object value, Class<?> type, ZoneId zone) {
    Object normalized = normalize(value, zone);
    if (normalized == null || type.isInstance(normalized)) {
      return normalized;
    }
    if (normalized instanceof CharSequence text) {
      if (text.toString().isBlank()) {
        return null;
      }
      normalized = parse(text.toString().trim(), type);
      if (type.isInstance(normalized)) {
        return normalized;
      }
    }
    ZonedDateTime zoned = zoned(normalized, zone);
    if (zoned != null) {
      if (type == LocalDate.class) {
        return zoned.toLocalDate();
      }
      if (type == LocalDateTime.class) {
        return zoned.toLocalDateTime();
      }
      if (type == LocalTime.class && !(normalized instanceof LocalDate)) {
        return zoned.toLocalTime();
      }
      if (type == Instant.class) {
        return zoned.toInstant();
      }
      if (type == OffsetDateTime.class) {
        return zoned.toOffsetDateTime();
      }
      if (type == ZonedDateTime.class) {
        return zoned;
      }
    }
    throw new IllegalArgumentException("Cannot read '" + value + "' as " + type.getSimpleName());
  }

  /** A value as a date, or null when it is null or blank. */
  static LocalDate toLocalDate(Object value, ZoneId zone) {
    return (LocalDate) convert(value, LocalDate.class, zone);
  }

  private static Object parse(String text, Class<?> type) {
    try {
      if (type == LocalTime.class) {
        return LocalTime.parse(text);
      }
      if (text.length() <= 10) {
        return LocalDate.parse(text);
      }
      if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:?\\d\\d(\\[.*])?$")) {
        return text.endsWith("]") ? ZonedDateTime.parse(text) : OffsetDateTime.parse(text);
      }
      return LocalDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not an ISO date or time such as 2026-01-31 or "
          + "2026-01-31T09:30", e);
    }
  }

  private static ZonedDateTime zoned(Object value, ZoneId zone) {
    if (value instanceof LocalDate date) {
      return date.atStartOfDay(zone);
    }
    if (value instanceof LocalDateTime dateTime) {
      return dateTime.atZone(zone);
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.atZoneSameInstant(zone);
    }
    if (value instanceof ZonedDateTime zoned) {
      return zoned.withZoneSameInstant(zone);
    }
    if (value instanceof Instant instant) {
      return instant.atZone(zone);
    }
    return null;
  }
}
