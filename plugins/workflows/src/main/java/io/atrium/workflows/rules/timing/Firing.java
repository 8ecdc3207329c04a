package io.atrium.workflows.rules.timing;

import io.atrium.workflows.rules.run.RecordRef;
import io.atrium.workflows.rules.run.RuleEvent;
import java.time.Instant;
import java.util.Map;

/**
 * A relative-date rule falling due on a record at an instant.
 *
 * @param ruleId the rule
 * @param record the record
 * @param at the due instant
 */
public record Firing(String ruleId, RecordRef record, Instant at) {

  /** The event id: the same for the scheduled run and a catch-up of it, so it runs once. */
  public String eventId() {
    return "date:" + ruleId + ":" + record + ":" + at;
  }

  /** The scheduler's run id for the record's next firing: one per rule and record, replaced when the date moves. */
  public String runId() {
    return ruleId + ":" + record;
  }

  /** The event to run the rule with, on the record's current values. */
  public RuleEvent event(Map<String, Object> fields, Long ownerId) {
    return RuleEvent.relativeDate(eventId(), ruleId, record, fields, ownerId, at);
  }
}
