package io.atrium.sdk.testkit;

import io.atrium.kernel.time.WorkingCalendar;
import io.atrium.kernel.time.WorkingHours;
import io.atrium.sdk.time.AtriumClock;
import io.atrium.sdk.time.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The server's business calendar in the test clock's zone: Monday to Friday, 9 to 12 and 13 to
 * 18, with the holidays and make-up working days a test sets.
 */
public final class TestCalendar implements BusinessCalendar {

  private final Map<LocalDate, Boolean> exceptions = new ConcurrentHashMap<>();
  private final WorkingCalendar calendar;

  TestCalendar(AtriumClock clock) {
    this.calendar = new WorkingCalendar(WorkingHours.DEFAULT, date -> Optional.ofNullable(exceptions.get(date)),
        clock);
  }

  /** Makes a date a holiday. */
  public TestCalendar holiday(LocalDate date) {
    exceptions.put(date, false);
    return this;
  }

  /** Makes a date (a Saturday, say) a make-up working day. */
  public TestCalendar workday(LocalDate date) {
    exceptions.put(date, true);
    return this;
  }

  @Override
  public ZoneId zone() {
    return calendar.zone();
  }

  @Override
  public boolean isWorkingDay(LocalDate date) {
    return calendar.isWorkingDay(date);
  }

  @Override
  public Instant plusWorkingTime(Instant start, Duration workingTime) {
    return calendar.plusWorkingTime(start, workingTime);
  }

  @Override
  public Instant plusWorkingDays(Instant start, int days) {
    return calendar.plusWorkingDays(start, days);
  }

  @Override
  public Duration workingTimeBetween(Instant from, Instant to) {
    return calendar.workingTimeBetween(from, to);
  }
}
