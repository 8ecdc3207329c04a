package io.atrium.workflows.definition;

import io.atrium.workflows.definition.json.JsonPaths;
import java.util.List;

/** The checks of an approver node's SLA: durations that make sense together, an escalation that can happen. */
final class SlaChecks {

  private SlaChecks() {
  }

  /** The problems of an SLA at a node's path. */
  static void check(Sla sla, String at, ProcessDefinition definition, List<DefinitionProblem> into) {
    if (sla.isNone()) {
      return;
    }
    String path = JsonPaths.property(at, "sla");
    if (sla.remindAfter() != null) {
      Durations.check(sla.remindAfter(), sla.counting(), JsonPaths.property(path, "remindAfter"), into);
    }
    if (sla.repeatEvery() != null) {
      Durations.check(sla.repeatEvery(), sla.counting(), JsonPaths.property(path, "repeatEvery"), into);
      if (sla.remindAfter() == null) {
        into.add(DefinitionProblem.of(JsonPaths.property(path, "repeatEvery"), "workflows.definition.repeatWithoutRemind"));
      }
    }
    if (sla.escalateAfter() != null) {
      Durations.check(sla.escalateAfter(), sla.counting(), JsonPaths.property(path, "escalateAfter"), into);
    }
    if ((sla.escalateAfter() == null) != (sla.escalation() == null)) {
      into.add(DefinitionProblem.of(JsonPaths.property(path, sla.escalation() == null ? "escalation" : "escalateAfter"),
          "workflows.definition.escalationIncomplete"));
    }
    if (sla.escalation() == Escalation.NOTIFY_ADMIN && definition.admins().isEmpty()) {
      into.add(DefinitionProblem.of(JsonPaths.property(path, "escalation"), "workflows.definition.noAdmins"));
    }
  }
}
