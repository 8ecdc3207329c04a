package io.atrium.workflows.rules.run;

import io.atrium.workflows.rules.Rule;
import io.atrium.workflows.rules.Trigger;

/** Whether an event is one a rule's trigger fires on. */
final class TriggerMatch {

  private TriggerMatch() {
  }

  static boolean matches(Rule rule, RuleEvent event) {
    Trigger trigger = rule.trigger();
    if (trigger.kind() != event.kind()) {
      return false;
    }
    if (event.ruleId() != null) {
      // schedules and relative dates fire one rule
      return event.ruleId().equals(rule.id());
    }
    if (event.record() == null || !event.record().source().equals(rule.source())) {
      return false;
    }
    if (trigger instanceof Trigger.RecordUpdated updated && updated.field() != null) {
      FieldChange change = event.changes().get(updated.field());
      return change != null && (updated.changedTo() == null
          || updated.changedTo().equals(ValueText.of(change.after())));
    }
    if (trigger instanceof Trigger.ApprovalFinished finished) {
      return (finished.processKey() == null || finished.processKey().equals(event.processKey()))
          && (finished.outcome() == null || finished.outcome().equals(event.outcome()));
    }
    return true;
  }
}
