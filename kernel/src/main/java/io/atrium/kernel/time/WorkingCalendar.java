package io.atrium.kernel.time;

import io.atrium.sdk.time.AtriumClock;
import io.atrium.sdk.time.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The business calendar: the usual working weekdays and hours, with the holidays and make-up
 * working days of {@link CalendarDays} taking precedence. Days and hours are local to the
 * company's zone, so a daylight-saving change shortens or lengthens nothing but the clock.
 */
public final class WorkingCalendar implements BusinessCalendar {

  /** How far a deadline is looked for before the calendar is taken to have no working time. */
  static final int HORIZON_DAYS = 3660;

  private final WorkingHours hours;
  private final CalendarDays days;
  private final AtriumClock clock;

  /** A calendar in the zone of {@code clock}. */
  public WorkingCalendar(WorkingHours hours, CalendarDays days, AtriumClock clock) {
    this.hours = Objects.requireNonNull(hours);
    this.days = Objects.requireNonNull(days);
    this.clock = Objects.requireNonNull(clock);
  }

  /** The usual weekdays and hours. */
  public WorkingHours hours() {
    return hours;
  }

  @Override
  public ZoneId zone() {
    return clock.zone();
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    return days.working(date).orElseGet(() -> hours.weekdays().contains(date.getDayOfWeek()));
  }

  @Override
  public Instant plusWorkingTime(Instant start, Duration workingTime) {
    if (workingTime.isNegative()) {
      throw new IllegalArgumentException("working time must not be negative: " + workingTime);
    }
    if (workingTime.isZero()) {
      return start;
    }
    ZoneId zone = zone();
    ZonedDateTime from = start.atZone(zone);
    Duration remaining = workingTime;
    LocalDate date = from.toLocalDate();
    for (int i = 0; i < HORIZON_DAYS; i++, date = date.plusDays(1)) {
      if (!isWorkingDay(date)) {
        continue;
      }
      for (WorkingHours.Period period : hours.periods()) {
        ZonedDateTime periodStart = ZonedDateTime.of(date, period.start(), zone);
        ZonedDateTime periodEnd = ZonedDateTime.of(date, period.end(), zone);
        ZonedDateTime begin = periodStart.isAfter(from) ? periodStart : from;
        if (!periodEnd.isAfter(begin)) {
          continue;
        }
        Duration available = Duration.between(begin, periodEnd);
        if (remaining.compareTo(available) <= 0) {
          return begin.plus(remaining).toInstant();
        }
        remaining = remaining.minus(available);
      }
    }
    throw noWorkingTime();
  }

  @Override
  public Instant plusWorkingDays(Instant start, int workingDays) {
    if (workingDays < 0) {
      throw new IllegalArgumentException("working days must not be negative: " + workingDays);
    }
    ZonedDateTime from = start.atZone(zone());
    LocalDate date = from.toLocalDate();
    int counted = 0;
    for (int i = 0; counted < workingDays; i++) {
      if (i == HORIZON_DAYS) {
        throw noWorkingTime();
      }
      date = date.plusDays(1);
      if (isWorkingDay(date)) {
        counted++;
      }
    }
    return workingDays == 0 ? start : ZonedDateTime.of(date, from.toLocalTime(), zone()).toInstant();
  }

  @Override
  public Duration workingTimeBetween(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    ZoneId zone = zone();
    ZonedDateTime begin = from.atZone(zone);
    ZonedDateTime end = to.atZone(zone);
    Duration total = Duration.ZERO;
    for (LocalDate date = begin.toLocalDate(); !date.isAfter(end.toLocalDate()); date = date.plusDays(1)) {
      if (!isWorkingDay(date)) {
        continue;
      }
      for (WorkingHours.Period period : hours.periods()) {
        ZonedDateTime periodStart = ZonedDateTime.of(date, period.start(), zone);
        ZonedDateTime periodEnd = ZonedDateTime.of(date, period.end(), zone);
        ZonedDateTime overlapStart = periodStart.isAfter(begin) ? periodStart : begin;
        ZonedDateTime overlapEnd = periodEnd.isBefore(end) ? periodEnd : end;
        if (overlapEnd.isAfter(overlapStart)) {
          total = total.plus(Duration.between(overlapStart, overlapEnd));
        }
      }
    }
    return total;
  }

  private static IllegalStateException noWorkingTime() {
    return new IllegalStateException("The business calendar has no working time in the next ten years: "
        + "check the settings " + WorkingHours.WEEKDAYS + " and " + WorkingHours.HOURS + " and the holidays");
  }
}
