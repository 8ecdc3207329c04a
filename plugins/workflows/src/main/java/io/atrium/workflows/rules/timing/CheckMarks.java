package io.atrium.workflows.rules.timing;

import java.time.Instant;
import java.util.Optional;

/** Until when each relative-date rule's firings have been run, kept across restarts for {@link CatchUp}. */
public interface CheckMarks {

  /** Until when the rule's firings ran, or empty for a rule never checked. */
  Optional<Instant> checkedUntil(String ruleId);

  /** Records that the rule's firings ran until {@code until}. */
  void checked(String ruleId, Instant until);
}
