package io.atrium.workflows.approver;

import java.util.Map;

/**
 * What a strategy may look at when it resolves a rule.
 *
 * @param submitterId the user id of the person who started the process
 * @param fields the record's fields by name
 * @param variables the variables of expressions: the fields and {@code submitter}
 */
public record ApproverContext(long submitterId, Map<String, Object> fields, Map<String, Object> variables) {

  /** Freezes nothing: the maps belong to the engine's current step and may hold nulls. */
  public ApproverContext {
    fields = fields == null ? Map.of() : fields;
    variables = variables == null ? Map.of() : variables;
  }
}
