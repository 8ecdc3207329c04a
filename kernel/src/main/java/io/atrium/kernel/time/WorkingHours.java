package io.atrium.kernel.time;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The weekdays people work on and the hours of a working day, from the settings
 * {@value #WEEKDAYS} ({@code MON,TUE,WED,THU,FRI}) and {@value #HOURS} ({@code 09:00-12:00,13:00-18:00}).
 *
 * @param weekdays the usual working weekdays
 * @param periods the working periods of a day, in order, not overlapping
 */
public record WorkingHours(Set<DayOfWeek> weekdays, List<Period> periods) {

  /** The setting of the working weekdays. */
  public static final String WEEKDAYS = "atrium.calendar.weekdays";
  /** The setting of the working periods of a day. */
  public static final String HOURS = "atrium.calendar.hours";

  /** Monday to Friday, 9 to 12 and 13 to 18. */
  public static final WorkingHours DEFAULT = parse("MON,TUE,WED,THU,FRI", "09:00-12:00,13:00-18:00");

  /** One working period of a day, {@code start} inclusive, {@code end} exclusive. */
  public record Period(LocalTime start, LocalTime end) {

    /** Checks the order. */
    public Period {
      if (!start.isBefore(end)) {
        throw new IllegalArgumentException("a working period must end after it starts: " + start + "-" + end);
      }
    }

    @Override
    public String toString() {
      return start + "-" + end;
    }
  }

  /** Copies and checks the values. */
  public WorkingHours {
    weekdays = weekdays.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(weekdays));
    periods = List.copyOf(periods);
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("a working day needs at least one working period");
    }
    for (int i = 1; i < periods.size(); i++) {
      if (periods.get(i).start().isBefore(periods.get(i - 1).end())) {
        throw new IllegalArgumentException("working periods must be in order and not overlap: "
            + periods.get(i - 1) + ", " + periods.get(i));
      }
    }
  }

  /**
   * Reads {@code MON,TUE,...} and {@code HH:mm-HH:mm,...}.
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static WorkingHours parse(String weekdays, String hours) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String day : weekdays.split(",")) {
      if (!day.isBlank()) {
        days.add(dayOf(day.trim()));
      }
    }
    List<Period> periods = new ArrayList<>();
    for (String period : hours.split(",")) {
      if (period.isBlank()) {
        continue;
      }
      String[] ends = period.trim().split("-");
      if (ends.length != 2) {
        throw new IllegalArgumentException("a working period reads HH:mm-HH:mm, not '" + period.trim() + "'");
      }
      try {
        periods.add(new Period(LocalTime.parse(ends[0].trim()), LocalTime.parse(ends[1].trim())));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("a working period reads HH:mm-HH:mm, not '" + period.trim() + "'", e);
      }
    }
    return new WorkingHours(days, periods);
  }

  private static DayOfWeek dayOf(String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().startsWith(upper) && upper.length() >= 3) {
        return day;
      }
    }
    throw new IllegalArgumentException("not a weekday: '" + text + "' (use MON, TUE, WED, THU, FRI, SAT, SUN)");
  }
}
