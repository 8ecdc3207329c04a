package io.atrium.workflows.approver;

import io.atrium.sdk.workflow.CheckContext;
import io.atrium.sdk.workflow.RuleProblem;
import java.util.List;
import java.util.Set;

/** The check shared by the field rules: the field is named and the record has it. */
final class FieldChecks {

  private FieldChecks() {
  }

  /** Problems of a field name at a property of the rule; the record's fields are checked only when known. */
  static List<RuleProblem> field(String field, String property, CheckContext context) {
    if (field == null || field.isBlank()) {
      return List.of(RuleProblem.of(property, "workflows.definition.noField"));
    }
    Set<String> known = context.recordFields().orElse(null);
    if (known != null && !known.contains(field)) {
      return List.of(RuleProblem.of(property, "workflows.definition.unknownField", field));
    }
    return List.of();
  }

  /** The problem of a level count out of range, if it is. */
  static List<RuleProblem> levels(long levels, String property) {
    if (levels < 0 || levels > Limits.MAX_LEVELS) {
      return List.of(RuleProblem.of(property, "workflows.definition.levelsRange", levels, Limits.MAX_LEVELS));
    }
    return List.of();
  }
}
