package io.atrium.kernel.time;

import java.time.LocalDate;
import java.util.Optional;

/** The dates that differ from the usual week: holidays and make-up working days. */
@FunctionalInterface
public interface CalendarDays {

  /** True for a make-up working day, false for a holiday, empty for a usual day. */
  Optional<Boolean> working(LocalDate date);
}
