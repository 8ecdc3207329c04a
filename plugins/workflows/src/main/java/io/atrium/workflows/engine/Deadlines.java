package io.atrium.workflows.engine;

import io.atrium.sdk.time.BusinessCalendar;
import io.atrium.workflows.WorkflowsException;
import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.definition.Counting;
import io.atrium.workflows.definition.Delay;
import io.atrium.workflows.definition.Sla;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;

/** When delays end and SLA timers fire: durations in calendar or working time, dates of record fields. Pure. */
final class Deadlines {

  private final BusinessCalendar calendar;
  private final ZoneId zone;

  /**
   * @param calendar the business calendar, or null (then only calendar time can be counted)
   * @param zone the company's time zone, for date fields
   */
  Deadlines(BusinessCalendar calendar, ZoneId zone) {
    this.calendar = calendar;
    this.zone = calendar != null ? calendar.zone() : zone;
  }

  /** The moment a duration after a start, counted as asked. */
  Instant after(Instant start, Duration length, Counting counting) {
    if (counting == Counting.CALENDAR) {
      return start.plus(length);
    }
    if (calendar == null) {
      throw new WorkflowsException(WorkflowsMessage.of("workflows.engine.noCalendar"));
    }
    return counting == Counting.WORKING_TIME ? calendar.plusWorkingTime(start, length)
        : calendar.plusWorkingDays(start, Math.toIntExact(length.toDays()));
  }

  /** When a delay entered now ends; now or earlier when it holds nothing. */
  Instant delayEnd(Delay delay, Instant now, Map<String, Object> fields) {
    if (delay instanceof Delay.For wait) {
      return after(now, wait.length(), wait.counting());
    }
    String field = ((Delay.UntilField) delay).field();
    Instant until = instant(fields.get(field), field);
    return until == null ? now : until;
  }

  /** When the n-th reminder (from 1) of a pending task is due; null when the SLA sends none. */
  Instant reminderDue(Task task, Sla sla, int firing) {
    if (sla.remindAfter() == null || task.pendingAt() == null || firing < 1 || firing > 1 && sla.repeatEvery() == null) {
      return null;
    }
    Instant first = after(task.pendingAt(), sla.remindAfter(), sla.counting());
    return firing == 1 ? first : after(first, sla.repeatEvery().multipliedBy(firing - 1L), sla.counting());
  }

  /** When a pending task's escalation is due; null when the SLA has none. */
  Instant escalationDue(Task task, Sla sla) {
    if (sla.escalateAfter() == null || sla.escalation() == null || task.pendingAt() == null) {
      return null;
    }
    return after(task.pendingAt(), sla.escalateAfter(), sla.counting());
  }

  /** A field value as a moment: a date is its start in the company's zone; null for an empty field. */
  private Instant instant(Object value, String field) {
    if (value == null || value instanceof String text && text.isBlank()) {
      return null;
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime time) {
      return time.toInstant();
    }
    if (value instanceof ZonedDateTime time) {
      return time.toInstant();
    }
    if (value instanceof LocalDateTime time) {
      return time.atZone(zone).toInstant();
    }
    if (value instanceof LocalDate date) {
      return date.atStartOfDay(zone).toInstant();
    }
    if (value instanceof java.sql.Date date) {
      return date.toLocalDate().atStartOfDay(zone).toInstant();
    }
    if (value instanceof Date date) {
      return date.toInstant();
    }
    return parse(value.toString().strip(), field);
  }

  private Instant parse(String text, String field) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notWithOffset) {
      try {
        return LocalDateTime.parse(text).atZone(zone).toInstant();
      } catch (DateTimeParseException notDateTime) {
        try {
          return LocalDate.parse(text).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException notDate) {
          throw new WorkflowsException(WorkflowsMessage.of("workflows.engine.notADate", field, text));
        }
      }
    }
  }
}
