package io.atrium.workflows.rules.run;

import io.atrium.workflows.rules.RuleVariables;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The variables rule expressions see for an event: the record's fields and {@link RuleVariables}. */
final class RunVariables {

  private RunVariables() {
  }

  static Map<String, Object> of(RuleEvent event) {
    Map<String, Object> old = new LinkedHashMap<>();
    event.changes().forEach((field, change) -> old.put(field, change.before()));
    Map<String, Object> variables = new HashMap<>(event.fields());
    variables.put(RuleVariables.OLD, old);
    variables.put(RuleVariables.CHANGED, List.copyOf(event.changes().keySet()));
    variables.put(RuleVariables.ACTOR, event.actorId());
    variables.put(RuleVariables.OWNER, event.ownerId());
    variables.put(RuleVariables.OUTCOME, event.outcome());
    variables.put(RuleVariables.RECORD_ID, event.record() == null ? null : event.record().id());
    return variables;
  }
}
