package io.atrium.workflows.definition;

import java.time.Duration;
import java.util.List;

/** The checks of the durations of delays and SLAs. */
final class Durations {

  /** The longest duration a definition may name: timers further out are surely a typo. */
  static final Duration MAX = Duration.ofDays(3660);

  private Durations() {
  }

  /** A duration is positive, at most {@link #MAX}, and whole days when counted in working days. */
  static void check(Duration length, Counting counting, String path, List<DefinitionProblem> into) {
    if (length.isNegative() || length.isZero() || length.compareTo(MAX) > 0) {
      into.add(DefinitionProblem.of(path, "workflows.definition.durationRange", length, MAX.toDays()));
    } else if (counting == Counting.WORKING_DAYS && !length.equals(Duration.ofDays(length.toDays()))) {
      into.add(DefinitionProblem.of(path, "workflows.definition.wholeDays", length));
    }
  }
}
