package io.atrium.sdk.time;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Host service: the company's working days and hours, for deadlines such as "remind after 8
 * working hours" or "escalate after 3 working days". Working days are the configured weekdays
 * minus holidays plus make-up working days (调休), which administrators maintain; working hours
 * are the same on every working day, in the company's time zone.
 */
@ProviderType
public interface BusinessCalendar {

  /** The company's time zone, in which days and hours are counted. */
  ZoneId zone();

  /** Whether people work on this date. */
  boolean isWorkingDay(LocalDate date);

  /**
   * The moment when {@code workingTime} of working hours has passed after {@code start}; time
   * outside working hours does not count. Zero gives {@code start}.
   *
   * @throws IllegalArgumentException when {@code workingTime} is negative
   * @throws IllegalStateException when the calendar has no working time in the next ten years
   */
  Instant plusWorkingTime(Instant start, Duration workingTime);

  /**
   * The same time of day on the {@code days}-th working day after the date of {@code start};
   * zero gives {@code start}.
   *
   * @throws IllegalArgumentException when {@code days} is negative
   * @throws IllegalStateException when the calendar has no working day in the next ten years
   */
  Instant plusWorkingDays(Instant start, int days);

  /** The working hours between two moments; zero when {@code to} is not after {@code from}. */
  Duration workingTimeBetween(Instant from, Instant to);
}
