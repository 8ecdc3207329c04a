package io.atrium.workflows.rules.timing;

import io.atrium.workflows.rules.Rule;
import io.atrium.workflows.rules.Trigger;
import io.atrium.workflows.rules.run.RecordRef;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The firings of a relative-date rule that fell due between the last check and now, e.g. those
 * missed while the server was down; run at start and then periodically. Running one twice is
 * harmless: its event id is stable, so the runner's applied keys drop the repeat.
 */
public final class CatchUp {

  private final RelativeDates dates;

  /** Catch-up on the company's planning. */
  public CatchUp(RelativeDates dates) {
    this.dates = dates;
  }

  /**
   * The due firings, oldest first.
   *
   * @param rule an enabled relative-date rule (others give none)
   * @param values each record's current value of the rule's date field
   * @param lastChecked until when firings were already run
   * @param now until when to run them
   */
  public List<Firing> due(Rule rule, Map<RecordRef, Object> values, Instant lastChecked, Instant now) {
    List<Firing> due = new ArrayList<>();
    if (!rule.enabled() || !(rule.trigger() instanceof Trigger.RelativeDate trigger)) {
      return due;
    }
    values.forEach((record, value) -> dates.due(trigger, value, lastChecked, now)
        .forEach(at -> due.add(new Firing(rule.id(), record, at))));
    due.sort(Comparator.comparing(Firing::at).thenComparing(f -> f.record().toString()));
    return due;
  }
}
