package io.atrium.workflows.rules.run;

import io.atrium.workflows.WorkflowsMessage;
import io.atrium.workflows.rules.TriggerKind;
import java.time.Instant;

/**
 * A run as the log keeps it.
 *
 * @param ruleId the rule
 * @param runId the run
 * @param eventId the event
 * @param trigger the event's kind
 * @param record the record as {@code source/id}, or null
 * @param outcome how it ended
 * @param test whether it was a test run
 * @param message why it was skipped or failed, or null
 * @param effects the effects, one per line (empty if none)
 * @param at when it ran
 */
public record LoggedRun(String ruleId, String runId, String eventId, TriggerKind trigger, String record,
    RunOutcome outcome, boolean test, WorkflowsMessage message, String effects, Instant at) {

  /** The log's form of a run. */
  public static LoggedRun of(RuleRun run) {
    return new LoggedRun(run.ruleId(), run.runId(), run.eventId(), run.trigger(),
        run.record() == null ? null : run.record().toString(), run.outcome(), run.test(), run.message(),
        run.effectsText(), run.at());
  }
}
