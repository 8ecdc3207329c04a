package io.atrium.kernel.tabular.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** Cell values as the text a CSV file holds. */
final class Texts {

  private Texts() {
  }

  static String of(Object value, ZoneId zone) {
    if (value == null) {
      return "";
    }
    if (value instanceof java.math.BigDecimal decimal) {
      return decimal.toPlainString();
    }
    if (value instanceof Instant instant) {
      return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), zone).toString().replace('T', ' ');
    }
    if (value instanceof LocalDateTime dateTime) {
      return dateTime.truncatedTo(ChronoUnit.SECONDS).toString().replace('T', ' ');
    }
    if (value instanceof LocalDate || value instanceof LocalTime) {
      return value.toString();
    }
    return value.toString();
  }
}
