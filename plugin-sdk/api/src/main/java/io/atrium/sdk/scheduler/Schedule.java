package io.atrium.sdk.scheduler;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/** When a recurring job runs: at a fixed interval or by a cron expression. */
public final class Schedule {

  /** The kind of schedule. */
  public enum Kind {
    /** A fixed delay between runs. */
    INTERVAL,
    /** A cron expression (seconds, minutes, hours, day of month, month, day of week). */
    CRON
  }

  private final Kind kind;
  private final Duration interval;
  private final String cron;
  private final ZoneId zone;

  private Schedule(Kind kind, Duration interval, String cron, ZoneId zone) {
    this.kind = kind;
    this.interval = interval;
    this.cron = cron;
    this.zone = zone;
  }

  /** Runs every {@code interval}, at least one second. */
  public static Schedule every(Duration interval) {
    Objects.requireNonNull(interval, "interval");
    if (interval.compareTo(Duration.ofSeconds(1)) < 0) {
      throw new IllegalArgumentException("A recurring job runs at most once a second, not every " + interval);
    }
    return new Schedule(Kind.INTERVAL, interval, null, null);
  }

  /**
   * Runs by a six-field cron expression in a time zone, e.g. {@code 0 0 8 * * MON-FRI} for 8:00
   * on weekdays.
   */
  public static Schedule cron(String expression, ZoneId zone) {
    Objects.requireNonNull(expression, "expression");
    Objects.requireNonNull(zone, "zone");
    if (expression.trim().split("\\s+").length != 6) {
      throw new IllegalArgumentException("A cron expression has six fields (second minute hour day month weekday): "
          + expression);
    }
    return new Schedule(Kind.CRON, null, expression.trim(), zone);
  }

  /** The kind. */
  public Kind kind() {
    return kind;
  }

  /** The interval of an {@link Kind#INTERVAL} schedule, else null. */
  public Duration interval() {
    return interval;
  }

  /** The expression of a {@link Kind#CRON} schedule, else null. */
  public String cron() {
    return cron;
  }

  /** The time zone of a {@link Kind#CRON} schedule, else null. */
  public ZoneId zone() {
    return zone;
  }

  @Override
  public String toString() {
    return kind == Kind.INTERVAL ? "every " + interval : "cron '" + cron + "' " + zone;
  }
}
