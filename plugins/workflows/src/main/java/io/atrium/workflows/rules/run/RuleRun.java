package io.atrium.workflows.rules.run;

import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.rules.TriggerKind;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One run of a rule on an event: the run log's entry.
 *
 * @param ruleId the rule
 * @param runId rule id and event id
 * @param eventId the event
 * @param trigger the event's kind
 * @param record the record, or null
 * @param outcome how it ended
 * @param test whether it ran in test mode
 * @param actions the planned actions (empty when skipped or failed before planning); only kept in memory
 * @param message why it was skipped or failed, or null
 * @param at when it ran
 */
public record RuleRun(String ruleId, String runId, String eventId, TriggerKind trigger, RecordRef record,
    RunOutcome outcome, boolean test, List<PlannedAction> actions, WorkflowsMessage message, Instant at) {

  /** Freezes the actions. */
  public RuleRun {
    actions = List.copyOf(actions);
  }

  /** All effects of all actions, in order. */
  public List<PlannedEffect> effects() {
    return actions.stream().flatMap(a -> a.effects().stream()).toList();
  }

  /** The effects as text, one per line, as the run log keeps them. */
  public String effectsText() {
    return effects().stream().map(Object::toString).collect(Collectors.joining("\n"));
  }
}
