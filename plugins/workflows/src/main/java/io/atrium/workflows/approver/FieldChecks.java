package io.atrium.workflows.approver;

import io.atrium.workflows.definition.DefinitionProblem;
import java.util.List;
import java.util.Set;

/** The check shared by the field rules: the field is named and the record has it. */
final class FieldChecks {

  private FieldChecks() {
  }

  /** Problems of a field name; the record's fields are checked only when known. */
  static List<DefinitionProblem> field(String field, String path, Set<String> knownFields) {
    if (field.isBlank()) {
      return List.of(DefinitionProblem.of(path, "workflows.definition.noField"));
    }
    if (knownFields != null && !knownFields.contains(field)) {
      return List.of(DefinitionProblem.of(path, "workflows.definition.unknownField", field));
    }
    return List.of();
  }
}
