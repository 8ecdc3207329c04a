package io.atrium.workflows.rules.run;

import io.atrium.sdk.time.BusinessCalendar;
import io.atrium.workflows.rules.DueIn;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** When a rule's to-do is due: clock hours and calendar days in the company's zone, or working time of the calendar. */
final class DueTimes {

  private final BusinessCalendar calendar;
  private final ZoneId zone;

  DueTimes(BusinessCalendar calendar, ZoneId zone) {
    this.calendar = calendar;
    this.zone = zone;
  }

  Instant due(Instant start, DueIn due) {
    return switch (due.unit()) {
      case HOURS -> start.plus(Duration.ofHours(due.amount()));
      case DAYS -> start.atZone(zone).plusDays(due.amount()).toInstant();
      case WORKING_HOURS -> calendar.plusWorkingTime(start, Duration.ofHours(due.amount()));
      case WORKING_DAYS -> calendar.plusWorkingDays(start, due.amount());
    };
  }
}
