package io.atrium.workflows.rules.timing;

import io.atrium.workflows.rules.Trigger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The firing instants of a relative-date trigger for a field value, in the company's zone. A date
 * without time fires at the trigger's time of day; day offsets keep the local time of day (also across
 * daylight saving), hour offsets are exact. A yearly trigger fires each year on the value's month and
 * day (29 February on 28 February in other years). Values may be {@code java.time} dates and times or
 * their ISO-8601 text, as record events carry them.
 */
public final class RelativeDates {

  /** How many years a catch-up looks back at most for a yearly trigger. */
  static final int MAX_YEARS = 20;

  private final ZoneId zone;

  /** Planning in the company's zone. */
  public RelativeDates(ZoneId zone) {
    this.zone = zone;
  }

  /** The first firing strictly after {@code after}, or empty (no value, or a one-time firing that has passed). */
  public Optional<Instant> next(Trigger.RelativeDate trigger, Object value, Instant after) {
    Optional<ZonedDateTime> base = base(trigger, value);
    if (base.isEmpty()) {
      return Optional.empty();
    }
    if (!trigger.yearly()) {
      Instant at = fire(trigger, base.get());
      return at.isAfter(after) ? Optional.of(at) : Optional.empty();
    }
    int year = after.atZone(zone).getYear() - 1;
    for (int y = year; y <= year + 3; y++) {
      Instant at = fire(trigger, inYear(base.get(), y));
      if (at.isAfter(after)) {
        return Optional.of(at);
      }
    }
    return Optional.empty();
  }

  /** The firings in {@code (from, to]}, oldest first: what fell due since the last check. */
  public List<Instant> due(Trigger.RelativeDate trigger, Object value, Instant from, Instant to) {
    List<Instant> due = new ArrayList<>();
    Optional<ZonedDateTime> base = base(trigger, value);
    if (base.isEmpty() || !to.isAfter(from)) {
      return due;
    }
    if (!trigger.yearly()) {
      Instant at = fire(trigger, base.get());
      if (at.isAfter(from) && !at.isAfter(to)) {
        due.add(at);
      }
      return due;
    }
    int last = to.atZone(zone).getYear() + 1;
    int first = Math.max(from.atZone(zone).getYear() - 1, last - MAX_YEARS);
    for (int y = first; y <= last; y++) {
      Instant at = fire(trigger, inYear(base.get(), y));
      if (at.isAfter(from) && !at.isAfter(to)) {
        due.add(at);
      }
    }
    return due;
  }

  /** Whether {@code at} is still a firing for the field's current value: a date that moved no longer fires at the old time. */
  public boolean firesAt(Trigger.RelativeDate trigger, Object value, Instant at) {
    return due(trigger, value, at.minusSeconds(1), at).contains(at);
  }

  private Instant fire(Trigger.RelativeDate trigger, ZonedDateTime base) {
    return switch (trigger.unit()) {
      case DAYS -> base.plusDays(trigger.amount()).toInstant();
      case HOURS -> base.toInstant().plusSeconds(3600L * trigger.amount());
    };
  }

  private ZonedDateTime inYear(ZonedDateTime base, int year) {
    MonthDay day = MonthDay.from(base);
    return ZonedDateTime.of(day.atYear(year), base.toLocalTime(), zone);
  }

  /** The field value as a moment in the zone; a date at the trigger's time of day. */
  private Optional<ZonedDateTime> base(Trigger.RelativeDate trigger, Object value) {
    if (value instanceof String text) {
      value = parse(text.strip());
    }
    if (value instanceof LocalDate date) {
      return Optional.of(date.atTime(trigger.at()).atZone(zone));
    }
    if (value instanceof LocalDateTime dateTime) {
      return Optional.of(dateTime.atZone(zone));
    }
    if (value instanceof Instant instant) {
      return Optional.of(instant.atZone(zone));
    }
    if (value instanceof OffsetDateTime offset) {
      return Optional.of(offset.atZoneSameInstant(zone));
    }
    if (value instanceof ZonedDateTime zoned) {
      return Optional.of(zoned.withZoneSameInstant(zone));
    }
    return Optional.empty();
  }

  private static Object parse(String text) {
    try {
      return text.length() == 10 ? LocalDate.parse(text) : OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(text);
      } catch (DateTimeParseException again) {
        return null;
      }
    }
  }
}
